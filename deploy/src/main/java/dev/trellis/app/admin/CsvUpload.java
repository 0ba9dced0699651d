package dev.trellis.app.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

/**
 * Reads an uploaded CSV body as text: no more than the configured size, decoded strictly in the
 * charset the request names (UTF-8 when it names none), so a wrongly encoded file is refused
 * instead of being stored with garbled names.
 */
final class CsvUpload {

  private CsvUpload() {}

  static String read(InputStream body, long contentLength, MediaType contentType, DataSize max)
      throws IOException {
    if (contentLength > max.toBytes()) {
      throw tooLarge(max);
    }
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max.toBytes() + 1));
    if (bytes.length > max.toBytes()) {
      throw tooLarge(max);
    }
    Charset charset =
        contentType.getCharset() != null ? contentType.getCharset() : StandardCharsets.UTF_8;
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AdminApiException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "The file is not valid "
              + charset.name()
              + " (near line "
              + lineOf(bytes, charset)
              + "). Save it as UTF-8 (in Excel: CSV UTF-8), or name its charset in the"
              + " Content-Type header.");
    }
  }

  /** The line of the first byte the decoder refuses, counting from 1. */
  private static int lineOf(byte[] bytes, Charset charset) {
    var decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line;
  }

  private static AdminApiException tooLarge(DataSize max) {
    return new AdminApiException(
        HttpStatus.CONTENT_TOO_LARGE,
        "The file is larger than "
            + max.toMegabytes()
            + " MB (TRELLIS_IMPORT_MAX_SIZE). Split it into several imports: re-importing updates"
            + " people by email.");
  }
}
