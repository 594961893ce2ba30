package app.vocero.contacts.read;

import com.github.luben.zstd.Zstd;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Parquet page codecs without Hadoop: UNCOMPRESSED, SNAPPY (snappy-java), GZIP (java.util.zip), ZSTD (zstd-jni) and
 * LZ4_RAW (aircompressor). Any other codec (BROTLI, LZO, the Hadoop-framed LZ4) is refused with
 * {@link UnsupportedCodecException}. Decompression checks the sizes a damaged file declares before allocating.
 */
@SuppressWarnings("deprecation") // BytesInput.toByteArray(): the codecs work on arrays
public final class ContactCodecFactory implements CompressionCodecFactory {

    public static final Set<CompressionCodecName> SUPPORTED = EnumSet.of(CompressionCodecName.UNCOMPRESSED,
            CompressionCodecName.SNAPPY, CompressionCodecName.GZIP, CompressionCodecName.ZSTD,
            CompressionCodecName.LZ4_RAW);

    /** No sane contact-file page is larger; a damaged header must not make us allocate gigabytes. */
    static final int MAX_PAGE_BYTES = 256 * 1024 * 1024;

    private static final int ZSTD_LEVEL = 3;

    /** A Parquet codec this build cannot decode or encode. */
    public static final class UnsupportedCodecException extends IllegalArgumentException {
        private final CompressionCodecName codec;

        public UnsupportedCodecException(CompressionCodecName codec) {
            super("unsupported Parquet compression " + codec);
            this.codec = codec;
        }

        public CompressionCodecName codec() {
            return codec;
        }
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        if (!SUPPORTED.contains(codec)) {
            throw new UnsupportedCodecException(codec);
        }
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                return BytesInput.from(ContactCodecFactory.compress(codec, bytes.toByteArray()));
            }

            @Override
            public CompressionCodecName getCodecName() {
                return codec;
            }

            @Override
            public void release() {
                // stateless
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        if (!SUPPORTED.contains(codec)) {
            throw new UnsupportedCodecException(codec);
        }
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                if (codec == CompressionCodecName.UNCOMPRESSED) {
                    return bytes;
                }
                return BytesInput.from(ContactCodecFactory.decompress(codec, bytes.toByteArray(), uncompressedSize));
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                    throws IOException {
                if (compressedSize < 0 || compressedSize > input.remaining()) {
                    throw new IOException("compressed page size " + compressedSize + " is out of range");
                }
                byte[] in = new byte[compressedSize];
                input.get(in);
                byte[] out = codec == CompressionCodecName.UNCOMPRESSED
                        ? in : ContactCodecFactory.decompress(codec, in, uncompressedSize);
                output.put(out, 0, Math.min(out.length, uncompressedSize));
            }

            @Override
            public void release() {
                // stateless
            }
        };
    }

    @Override
    public void release() {
        // stateless
    }

    static byte[] compress(CompressionCodecName codec, byte[] in) throws IOException {
        switch (codec) {
            case UNCOMPRESSED:
                return in;
            case SNAPPY:
                return Snappy.compress(in);
            case GZIP: {
                ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 2 + 64);
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(in);
                }
                return out.toByteArray();
            }
            case ZSTD:
                return Zstd.compress(in, ZSTD_LEVEL);
            case LZ4_RAW: {
                Lz4Compressor lz4 = new Lz4Compressor();
                byte[] out = new byte[lz4.maxCompressedLength(in.length)];
                int n = lz4.compress(in, 0, in.length, out, 0, out.length);
                return java.util.Arrays.copyOf(out, n);
            }
            default:
                throw new UnsupportedCodecException(codec);
        }
    }

    static byte[] decompress(CompressionCodecName codec, byte[] in, int size) throws IOException {
        if (size < 0 || size > MAX_PAGE_BYTES) {
            throw new IOException("a page declares " + size + " bytes, which is not plausible");
        }
        byte[] out = new byte[size];
        int n;
        try {
            switch (codec) {
                case SNAPPY: {
                    int declared = Snappy.uncompressedLength(in, 0, in.length);
                    if (declared != size) {
                        throw new IOException("snappy page holds " + declared + " bytes, expected " + size);
                    }
                    n = Snappy.uncompress(in, 0, in.length, out, 0);
                    break;
                }
                case GZIP:
                    try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(in), 8192)) {
                        n = gz.readNBytes(out, 0, size);
                    }
                    break;
                case ZSTD:
                    n = (int) Zstd.decompressByteArray(out, 0, size, in, 0, in.length);
                    break;
                case LZ4_RAW:
                    n = new Lz4Decompressor().decompress(in, 0, in.length, out, 0, size);
                    break;
                default:
                    throw new UnsupportedCodecException(codec);
            }
        } catch (IOException | UnsupportedCodecException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException(codec + " page cannot be decompressed: " + Problems.detail(e), e);
        }
        if (n != size) {
            throw new IOException(codec + " page decompressed to " + n + " bytes, expected " + size);
        }
        return out;
    }
}
