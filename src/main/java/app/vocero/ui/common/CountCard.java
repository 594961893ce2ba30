package app.vocero.ui.common;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A number in large type over what it counts ("1.234 / ready to call"). The kind colours the number:
 * {@code success}, {@code danger}, {@code warning} or {@code muted}. Usable from FXML:
 * {@code <CountCard fx:id="readyCard" caption="%x" kind="success"/>}.
 */
public final class CountCard extends VBox {

    private static final java.util.List<String> KINDS = java.util.List.of("success", "danger", "warning", "muted");

    private final Label count = new Label();
    private final Label caption = new Label();

    public CountCard() {
        getStyleClass().add("count-card");
        getStylesheets().add(CountCard.class.getResource("CountCard.css").toExternalForm());
        count.getStyleClass().add("count");
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        getChildren().addAll(count, caption);
    }

    public StringProperty countProperty() {
        return count.textProperty();
    }

    public String getCount() {
        return count.getText();
    }

    public void setCount(String value) {
        count.setText(value);
    }

    public StringProperty captionProperty() {
        return caption.textProperty();
    }

    public String getCaption() {
        return caption.getText();
    }

    public void setCaption(String value) {
        caption.setText(value);
    }

    public String getKind() {
        return KINDS.stream().filter(getStyleClass()::contains).findFirst().orElse("");
    }

    public void setKind(String kind) {
        getStyleClass().removeAll(KINDS);
        if (KINDS.contains(kind)) {
            getStyleClass().add(kind);
        }
    }
}
