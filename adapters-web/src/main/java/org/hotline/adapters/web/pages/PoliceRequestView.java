package org.hotline.adapters.web.pages;

import java.util.Optional;

/**
 * A request of the police to the hotline, as the police page and the case page show it.
 *
 * @param neededBy the day the police need it by (YYYY-MM-DD), if they said
 * @param due open, and needed by a day that has come
 * @param answer the hotline's answer with who gave it and when, in words, once answered
 * @param answerAction where the answer form posts, for a reader who may answer an open request
 */
public record PoliceRequestView(String id, String caseId, String caseLink, String text, String asked,
        Optional<String> neededBy, boolean due, Optional<String> answer, Optional<String> answerAction) {
}
