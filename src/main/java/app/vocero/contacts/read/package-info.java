/**
 * Reading contact files: {@link app.vocero.contacts.read.RowReaders#open} detects the format from the content and
 * returns a streaming {@link app.vocero.contacts.read.RowReader}; every failure is a
 * {@link app.vocero.contacts.read.ContactFileException} with a reason code and a one-line message naming the file.
 * Messages are keys of {@code problems.properties} (English) and {@code problems_es.properties} (Spanish) with
 * arguments: {@code message("es")} gives Spanish, {@code getMessage()} English; a new problem needs its key in both
 * bundles with the same {@code {n}} arguments ({@code ProblemBundlesTest} checks).
 *
 * <ul>
 *   <li><b>CSV/TXT</b> (FastCSV): UTF-8 (BOM stripped), UTF-16 with BOM, else windows-1252; delimiter among
 *       {@code ; , tab |}; quoted fields may hold delimiters and line breaks; an unclosed quote is an error;
 *       row number = the line where the record starts.</li>
 *   <li><b>XLSX</b> (fastexcel-reader): first sheet or a named one; numbers with every digit, dates as ISO text,
 *       formulas by their cached value; row number = the sheet's.</li>
 *   <li><b>Parquet</b> (parquet-hadoop without Hadoop, {@link app.vocero.contacts.read.ContactCodecFactory}):
 *       UNCOMPRESSED, SNAPPY, GZIP, ZSTD, LZ4_RAW; other codecs give {@code unsupported_codec}. Flat columns are
 *       read by the file's own types; nested and repeated columns are declared but left empty.</li>
 *   <li><b>JSON</b> (Jackson streaming): an array of scalars, an array of objects, or a Saem body with
 *       {@code numbers}.</li>
 * </ul>
 *
 * <p>Rows whose cells are all blank are skipped and counted in {@code blankRows()}. At most
 * {@link app.vocero.contacts.read.RowReaders#MAX_DATA_ROWS} data rows are read ({@code too_many_rows}).
 * {@link app.vocero.contacts.read.ParquetContactsWriter} writes flat Parquet files (Saem's Parquet upload).
 */
package app.vocero.contacts.read;
