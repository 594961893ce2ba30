package app.vocero.ui.history;

import app.vocero.ui.history.CampaignsController.Choice;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * The history's "sent by" combo: "Everyone's campaigns" and one choice per person found in the history ("Sent by
 * ana"), kept as the history changes, bound both ways to {@link CampaignsViewModel#byFilterProperty()}.
 */
final class SentByFilter {

    private SentByFilter() {
    }

    static void bind(ComboBox<Choice<String>> historyBy, CampaignsViewModel viewModel, ResourceBundle resources) {
        Runnable people = () -> {
            String chosen = viewModel.byFilterProperty().get();
            List<Choice<String>> choices = new ArrayList<>();
            choices.add(new Choice<>(null, resources.getString("who.filter.everyone")));
            MessageFormat person = new MessageFormat(resources.getString("who.filter.person"),
                    resources.getLocale());
            viewModel.senders().forEach(user -> choices.add(new Choice<>(user, person.format(new Object[] {user}))));
            if (chosen != null && !viewModel.senders().contains(chosen)) {
                choices.add(new Choice<>(chosen, person.format(new Object[] {chosen}))); // still what is asked
            }
            historyBy.getItems().setAll(choices);
            historyBy.setValue(choices.stream().filter(choice -> Objects.equals(choice.value(), chosen))
                    .findFirst().orElse(choices.get(0)));
        };
        people.run();
        viewModel.senders().addListener((ListChangeListener<String>) change -> people.run());
        historyBy.valueProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.byFilterProperty().set(now.value());
            }
        });
        viewModel.byFilterProperty().addListener((observable, before, now) -> {
            if (historyBy.getValue() == null || !Objects.equals(historyBy.getValue().value(), now)) {
                people.run();
            }
        });
        historyBy.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Choice<String> item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.label());
            }
        });
    }
}
