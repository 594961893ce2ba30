package app.vocero.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What a section shows while it has nothing yet: an icon, a title, one sentence, and the next step as a button.
 * Usable from FXML: {@code <EmptyState fx:id="empty" iconLiteral="fth-phone" title="%x" text="%y" actionText="%z" onAction="#go"/>}.
 */
public final class EmptyState extends VBox {

    private final FontIcon icon = new FontIcon();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Button action = new Button();

    public EmptyState() {
        getStyleClass().add("empty-state");
        getStylesheets().add(EmptyState.class.getResource("EmptyState.css").toExternalForm());
        setAlignment(Pos.CENTER);
        icon.getStyleClass().add("empty-state-icon");
        title.getStyleClass().add("empty-state-title");
        text.getStyleClass().add("empty-state-text");
        text.setWrapText(true);
        action.getStyleClass().addAll("accent", "empty-state-action");
        action.setId("emptyStateAction");
        action.visibleProperty().bind(action.textProperty().isNotEmpty());
        action.managedProperty().bind(action.visibleProperty());
        getChildren().addAll(icon, title, text, action);
    }

    public String getIconLiteral() {
        return icon.getIconLiteral();
    }

    public void setIconLiteral(String literal) {
        icon.setIconLiteral(literal);
    }

    public StringProperty titleProperty() {
        return title.textProperty();
    }

    public String getTitle() {
        return title.getText();
    }

    public void setTitle(String value) {
        title.setText(value);
    }

    public StringProperty textProperty() {
        return text.textProperty();
    }

    public String getText() {
        return text.getText();
    }

    public void setText(String value) {
        text.setText(value);
    }

    public StringProperty actionTextProperty() {
        return action.textProperty();
    }

    public String getActionText() {
        return action.getText();
    }

    public void setActionText(String value) {
        action.setText(value);
    }

    public ObjectProperty<EventHandler<ActionEvent>> onActionProperty() {
        return action.onActionProperty();
    }

    public EventHandler<ActionEvent> getOnAction() {
        return action.getOnAction();
    }

    public void setOnAction(EventHandler<ActionEvent> handler) {
        action.setOnAction(handler);
    }
}
