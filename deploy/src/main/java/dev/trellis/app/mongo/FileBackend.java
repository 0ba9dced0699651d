package dev.trellis.app.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's file storage: mongo-java-server's H2 backend with fast unique indexes.
 *
 * <p>The stock backend stores everything with H2's generic data type, which handles a class it does
 * not know with Java serialisation. Profiling the engine benchmark found two costs there: each
 * unique index (including {@code _id}) compared its keys by Java-serialising both sides on every
 * comparison of every binary search (more than half of the server's time), and documents were
 * written and read back with Java serialisation. Here index keys compare as MongoDB orders values
 * ({@link IndexKeyType}) and documents are stored as BSON ({@link BsonDocumentType}). Files written
 * by the stock backend still open: documents it wrote read as before, and an index map written in
 * the old order is copied into the new order once, when first opened.
 *
 * <p>Two more differences make it safe to acknowledge a write. The stock backend leaves H2's
 * background commit (about once a second) to write changes to the file, so a write acknowledged
 * just before the process is killed was lost; here every write command is committed to the file
 * before its reply is sent ({@link #handleMessage}), and writers that finish while a commit runs
 * share the next one. And the stock backend hands a query the stored document itself, which a later
 * update changes in place while the first reply may still be encoding it (a {@code
 * ConcurrentModificationException} in the wire encoder); here queries get copies ({@link
 * FileCollection}).
 */
public final class FileBackend extends H2Backend {

  // The map names the stock backend (H2Database) uses.
  private static final String DOCUMENTS_MAP = "databases.";
  private static final String METADATA_MAP = "meta.";
  private static final String INDEX_MAP = "._index_";
  private static final String ORDERED_INDEX_MAP = "._vindex_";

  /** The commands that change data, in lower case; each is committed before it is answered. */
  private static final Set<String> WRITES =
      Set.of(
          "insert",
          "update",
          "delete",
          "findandmodify",
          "create",
          "createindexes",
          "drop",
          "dropindexes",
          "dropdatabase",
          "renamecollection");

  private final AtomicLong writesDone = new AtomicLong();
  private final Object commitLock = new Object();
  private long writesCommitted; // guarded by commitLock

  /**
   * H2's page cache, in MB. Pages that fall out of it are read from the file again, and index keys
   * are read back with Java serialisation: with H2's default of 16 MB, a burst over 10,000 people
   * (their steps, prompts and outbox) read most index pages back from the file at every lookup.
   */
  static final int CACHE_MB = 64;

  public FileBackend(String fileName) {
    super(new MVStore.Builder().fileName(createdPrivate(fileName)).cacheSize(CACHE_MB).open());
  }

  /** Every command the driver sends (OP_MSG) comes here. */
  @Override
  public Document handleMessage(MongoMessage message) {
    String command = message.getDocument().keySet().iterator().next();
    if (!WRITES.contains(command.toLowerCase(Locale.ROOT))) {
      return super.handleMessage(message);
    }
    try {
      return super.handleMessage(message);
    } finally {
      // Also after a failed write: part of a batch may have been written.
      commitThrough(writesDone.incrementAndGet());
    }
  }

  /**
   * Commits the store unless a commit that began after this write finished has done so already:
   * writers waiting here while a commit runs are covered by the next one, which one of them runs.
   * H2's commit writes to the file before it returns; the operating system keeps what was written
   * when the process is killed (a power cut may still lose the last writes: no fsync per write).
   */
  private void commitThrough(long write) {
    synchronized (commitLock) {
      if (writesCommitted >= write) {
        return;
      }
      long upTo = writesDone.get();
      getMvStore().commit();
      writesCommitted = upTo;
    }
  }

  /**
   * H2 would create a new file with the process's umask, often readable by everyone (0644): it is
   * created empty and owner-only (0600) first, and H2 starts a new store in it.
   */
  private static String createdPrivate(String fileName) {
    Path file = Path.of(fileName);
    if (Files.exists(file)
        || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return fileName;
    }
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException e) {
      // created meanwhile; H2 opens it, or says that another process holds it
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the database file " + file, e);
    }
    return fileName;
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new Database(databaseName);
  }

  /**
   * An inner class on purpose: its outer instance (and so the store) is set before the superclass
   * constructor runs, and that constructor already opens the indexes of existing collections.
   */
  private final class Database extends H2Database {

    Database(String name) {
      super(name, FileBackend.this.getMvStore(), FileBackend.this.getCursorRegistry());
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(
        String collectionName, CollectionOptions options) {
      String namespace = getFullCollectionNamespace(collectionName);
      MVMap<Object, Document> documents =
          getMvStore()
              .openMap(
                  DOCUMENTS_MAP + namespace,
                  new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
      MVMap<String, Object> metadata = getMvStore().openMap(METADATA_MAP + namespace);
      return new FileCollection(
          this, collectionName, options, documents, metadata, getCursorRegistry());
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
        String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      String namespace = getFullCollectionNamespace(collectionName);
      MVMap<KeyValue, Object> map =
          getMvStore()
              .openMap(
                  namespace + ORDERED_INDEX_MAP + indexName,
                  new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
      copyLegacyIndex(namespace + INDEX_MAP + indexName, map);
      return new FileUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
      super.dropIndex(collection, indexName);
      getMvStore()
          .removeMap(
              getFullCollectionNamespace(collection.getCollectionName())
                  + ORDERED_INDEX_MAP
                  + indexName);
    }

    private void copyLegacyIndex(String legacyName, MVMap<KeyValue, Object> into) {
      MVStore store = getMvStore();
      if (!store.hasMap(legacyName)) {
        return;
      }
      MVMap<KeyValue, Object> legacy = store.openMap(legacyName);
      legacy.forEach(into::put);
      store.removeMap(legacy);
    }
  }
}
