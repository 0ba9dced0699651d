package dev.trellis.app.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * Stores documents as BSON behind a tag byte that H2's own type never writes, and reads anything
 * else (documents Java-serialised by the stock backend, other values) as H2 always did.
 */
final class BsonDocumentType extends ObjectDataType {

  private static final byte BSON = 127;

  // In-memory size estimate for H2's cache and page splits: twice the average BSON size.
  private volatile int averageSize = 512;

  @Override
  public void write(WriteBuffer buffer, Object value) {
    if (!(value instanceof Document)) {
      super.write(buffer, value);
      return;
    }
    ByteBuf bson = Unpooled.buffer(averageSize / 2);
    try {
      BsonEncoder.encodeDocument((Document) value, bson);
      int size = bson.readableBytes();
      averageSize = (averageSize * 15 + size * 2) / 16;
      buffer.put(BSON);
      buffer.put(bson.nioBuffer());
    } finally {
      bson.release();
    }
  }

  @Override
  public Object read(ByteBuffer buffer) {
    if (buffer.get(buffer.position()) != BSON) {
      return super.read(buffer);
    }
    buffer.get();
    ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice());
    Document document = BsonDecoder.decodeBson(bson);
    buffer.position(buffer.position() + bson.readerIndex());
    return document;
  }

  @Override
  public int getMemory(Object value) {
    return value instanceof Document ? averageSize : super.getMemory(value);
  }
}
