package org.hotline.adapters.web.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaire of the home jurisdiction's law as a form, one group of radio buttons per question, for a first
 * assessment or an appeal; with the verdict its answers lead to once previewed, and the button that records it.
 *
 * @param appeal true for a supervisor's appeal, false for the claimant analyst's first assessment
 * @param previewAction where the answers are sent to see the verdict
 * @param confirmAction where the previewed answers are sent to be recorded
 * @param chosen the answers chosen so far, by question identifier
 * @param preview the verdict of the chosen answers, once previewed without errors
 * @param lawDate the day whose law applies: as corrected on this form, or the day the case's law applies by default
 * @param lawDateReason why it was corrected, as typed
 */
public record AssessmentForm(boolean appeal, String previewAction, String confirmAction, List<QuestionView> questions,
        Map<String, String> chosen, FieldErrors errors, Optional<VerdictView> preview, String lawDate,
        String lawDateReason) {

    public boolean isChosen(String question, String answer) {
        return answer.equals(chosen.get(question));
    }

    /** The question identifiers in the order of the form, for the summary of errors. */
    public List<String> fields() {
        return questions.stream().map(QuestionView::id).toList();
    }

    /** The errors that belong beside no question: about the form as a whole, or a field that is no question. */
    public List<String> errorsElsewhere() {
        return errors.byField().entrySet().stream()
                .filter(entry -> questions.stream().noneMatch(q -> q.id().equals(entry.getKey())))
                .flatMap(entry -> entry.getValue().stream()).toList();
    }

    /** The answers to send again with the confirmation: every question's, the day whose law applies and its reason. */
    public Map<String, String> confirmed() {
        var fields = new java.util.TreeMap<>(chosen);
        fields.put("lawDate", lawDate);
        fields.put("lawDateReason", lawDateReason);
        return fields;
    }

    /** A question and its answers, in the law's words. */
    public record QuestionView(String id, String label, String help, List<Choice> answers) {
    }

    /** One answer to choose. */
    public record Choice(String id, String label) {
    }
}
