package app.vocero.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Which section the window shows; survives a language switch, which rebuilds the views. */
public final class ShellViewModel {

    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.CAMPAIGNS);

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public Section section() {
        return section.get();
    }

    public void show(Section target) {
        section.set(target);
    }
}
