package app.vocero.contacts.read;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Assembles each record of a flat Parquet schema straight into a {@code String[]}: one converter per column,
 * each dictionary entry decoded to text once per row group. Nulls stay {@code ""}.
 */
final class ParquetRowMaterializer extends RecordMaterializer<String[]> {

    private final int width;
    private final Root root;
    private String[] current;

    /**
     * @param requested the flat, primitive, non-repeated columns to read
     * @param targets   for each requested column, its index among the file's declared columns
     * @param width     how many declared columns a row has
     */
    ParquetRowMaterializer(MessageType requested, int[] targets, int width) {
        this.width = width;
        this.root = new Root(requested.getFields(), targets);
    }

    @Override
    public String[] getCurrentRecord() {
        return current;
    }

    @Override
    public GroupConverter getRootConverter() {
        return root;
    }

    private final class Root extends GroupConverter {
        private final Converter[] converters;

        Root(List<Type> fields, int[] targets) {
            converters = new Converter[fields.size()];
            for (int i = 0; i < converters.length; i++) {
                converters[i] = cell(fields.get(i).asPrimitiveType(), targets[i]);
            }
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return converters[fieldIndex];
        }

        @Override
        public void start() {
            current = new String[width];
            Arrays.fill(current, "");
        }

        @Override
        public void end() {
            // the row is complete
        }
    }

    private Converter cell(PrimitiveType type, int target) {
        switch (type.getPrimitiveTypeName()) {
            case INT32:
                return new Int32Cell(target, ParquetValues.int32(type));
            case INT64:
                return new Int64Cell(target, ParquetValues.int64(type));
            case DOUBLE:
                return new DoubleCell(target);
            case FLOAT:
                return new FloatCell(target);
            case BOOLEAN:
                return new BooleanCell(target);
            default:
                return new BinaryCell(target, ParquetValues.binary(type));
        }
    }

    /** A column converter that decodes each dictionary entry once. */
    private abstract class Cell extends PrimitiveConverter {
        final int target;
        private String[] dictionary;

        Cell(int target) {
            this.target = target;
        }

        abstract String decode(Dictionary d, int id);

        @Override
        public boolean hasDictionarySupport() {
            return true;
        }

        @Override
        public void setDictionary(Dictionary d) {
            dictionary = new String[d.getMaxId() + 1];
            for (int id = 0; id < dictionary.length; id++) {
                dictionary[id] = decode(d, id);
            }
        }

        @Override
        public void addValueFromDictionary(int id) {
            current[target] = dictionary[id];
        }
    }

    private final class BinaryCell extends Cell {
        private final Function<Binary, String> text;

        BinaryCell(int target, Function<Binary, String> text) {
            super(target);
            this.text = text;
        }

        @Override
        String decode(Dictionary d, int id) {
            return text.apply(d.decodeToBinary(id));
        }

        @Override
        public void addBinary(Binary value) {
            current[target] = text.apply(value);
        }
    }

    private final class Int32Cell extends Cell {
        private final IntFunction<String> text;

        Int32Cell(int target, IntFunction<String> text) {
            super(target);
            this.text = text;
        }

        @Override
        String decode(Dictionary d, int id) {
            return text.apply(d.decodeToInt(id));
        }

        @Override
        public void addInt(int value) {
            current[target] = text.apply(value);
        }
    }

    private final class Int64Cell extends Cell {
        private final LongFunction<String> text;

        Int64Cell(int target, LongFunction<String> text) {
            super(target);
            this.text = text;
        }

        @Override
        String decode(Dictionary d, int id) {
            return text.apply(d.decodeToLong(id));
        }

        @Override
        public void addLong(long value) {
            current[target] = text.apply(value);
        }
    }

    private final class DoubleCell extends Cell {
        DoubleCell(int target) {
            super(target);
        }

        @Override
        String decode(Dictionary d, int id) {
            return ParquetValues.ofDouble(d.decodeToDouble(id));
        }

        @Override
        public void addDouble(double value) {
            current[target] = ParquetValues.ofDouble(value);
        }
    }

    private final class FloatCell extends Cell {
        FloatCell(int target) {
            super(target);
        }

        @Override
        String decode(Dictionary d, int id) {
            return ParquetValues.ofFloat(d.decodeToFloat(id));
        }

        @Override
        public void addFloat(float value) {
            current[target] = ParquetValues.ofFloat(value);
        }
    }

    private final class BooleanCell extends Cell {
        BooleanCell(int target) {
            super(target);
        }

        @Override
        String decode(Dictionary d, int id) {
            return Boolean.toString(d.decodeToBoolean(id));
        }

        @Override
        public void addBoolean(boolean value) {
            current[target] = value ? "true" : "false";
        }
    }
}
