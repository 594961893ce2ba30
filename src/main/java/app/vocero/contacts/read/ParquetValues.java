package app.vocero.contacts.read;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.UUIDLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Text of Parquet values by the column's own type: integers and decimals with every digit, floating-point
 * integral values without {@code .0}, DATE as {@code 2026-12-01}, TIMESTAMP as ISO date-time ({@code Z} when the
 * writer marked it UTC-adjusted), INT96 (Spark/Impala) as a date-time, strings as UTF-8.
 */
final class ParquetValues {

    private static final long JULIAN_EPOCH_DAY = 2_440_588L;
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private ParquetValues() {
    }

    static Function<Binary, String> binary(PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        if (logical instanceof DecimalLogicalTypeAnnotation d) {
            int scale = d.getScale();
            return b -> plain(new BigDecimal(new BigInteger(b.getBytes()), scale));
        }
        if (logical instanceof UUIDLogicalTypeAnnotation) {
            return b -> {
                ByteBuffer buf = ByteBuffer.wrap(b.getBytes());
                return buf.remaining() == 16 ? new UUID(buf.getLong(), buf.getLong()).toString() : hex(b.getBytes());
            };
        }
        if (type.getPrimitiveTypeName() == PrimitiveTypeName.INT96) {
            return ParquetValues::int96;
        }
        return Binary::toStringUsingUTF8;
    }

    static IntFunction<String> int32(PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        if (logical instanceof DateLogicalTypeAnnotation) {
            return v -> LocalDate.ofEpochDay(v).toString();
        }
        if (logical instanceof DecimalLogicalTypeAnnotation d) {
            int scale = d.getScale();
            return v -> plain(BigDecimal.valueOf(v, scale));
        }
        if (logical instanceof TimeLogicalTypeAnnotation) {
            return v -> LocalTime.ofNanoOfDay(Math.floorMod((long) v, 86_400_000L) * 1_000_000L).toString();
        }
        if (logical instanceof IntLogicalTypeAnnotation i && !i.isSigned()) {
            return v -> i.getBitWidth() == 32 ? Integer.toUnsignedString(v) : Integer.toString(v & 0xFFFF);
        }
        return Integer::toString;
    }

    static LongFunction<String> int64(PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        if (logical instanceof TimestampLogicalTypeAnnotation ts) {
            TimeUnit unit = ts.getUnit();
            boolean utc = ts.isAdjustedToUTC();
            return v -> timestamp(v, unit, utc);
        }
        if (logical instanceof DecimalLogicalTypeAnnotation d) {
            int scale = d.getScale();
            return v -> plain(BigDecimal.valueOf(v, scale));
        }
        if (logical instanceof TimeLogicalTypeAnnotation t) {
            long perDay = t.getUnit() == TimeUnit.MICROS ? 86_400_000_000L : NANOS_PER_DAY;
            long toNanos = t.getUnit() == TimeUnit.MICROS ? 1_000L : 1L;
            return v -> LocalTime.ofNanoOfDay(Math.floorMod(v, perDay) * toNanos).toString();
        }
        if (logical instanceof IntLogicalTypeAnnotation i && !i.isSigned()) {
            return Long::toUnsignedString;
        }
        return Long::toString;
    }

    static String timestamp(long v, TimeUnit unit, boolean utc) {
        Instant instant;
        switch (unit) {
            case MILLIS:
                instant = Instant.ofEpochMilli(v);
                break;
            case MICROS:
                instant = Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1_000L);
                break;
            default:
                instant = Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L), Math.floorMod(v, 1_000_000_000L));
        }
        String text = LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
        return utc ? text + "Z" : text;
    }

    static String int96(Binary b) {
        byte[] bytes = b.getBytes();
        if (bytes.length != 12) {
            return hex(bytes);
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = buf.getLong();
        long julianDay = buf.getInt() & 0xFFFFFFFFL;
        if (nanosOfDay < 0 || nanosOfDay >= NANOS_PER_DAY) {
            return hex(bytes);
        }
        LocalDate date = LocalDate.ofEpochDay(julianDay - JULIAN_EPOCH_DAY);
        return LocalDateTime.of(date, LocalTime.ofNanoOfDay(nanosOfDay)).toString();
    }

    static String ofDouble(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e18) {
            return Long.toString((long) v);
        }
        return plain(new BigDecimal(Double.toString(v)));
    }

    static String ofFloat(float v) {
        if (Float.isNaN(v) || Float.isInfinite(v)) {
            return Float.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e18) {
            return Long.toString((long) v);
        }
        return plain(new BigDecimal(Float.toString(v)));
    }

    static String plain(BigDecimal d) {
        return XlsxCells.plain(d);
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte x : bytes) {
            sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return sb.toString();
    }
}
