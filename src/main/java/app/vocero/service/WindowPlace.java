package app.vocero.service;

/** Where the main window was and how big, to open it there again. */
public record WindowPlace(double x, double y, double width, double height, boolean maximized) {

    static WindowPlace parse(String text) {
        String[] parts = text.split(";");
        if (parts.length != 5) {
            throw new IllegalArgumentException("Window place needs 5 parts: " + text);
        }
        return new WindowPlace(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
    }

    String format() {
        return x + ";" + y + ";" + width + ";" + height + ";" + maximized;
    }
}
