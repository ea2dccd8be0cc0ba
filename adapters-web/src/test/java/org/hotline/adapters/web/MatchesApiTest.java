package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Option;
import org.hotline.domain.fingerprint.PdqHash;
import org.hotline.domain.knowncontent.HashAlgorithm;
import org.hotline.domain.knowncontent.KnownClassification;
import org.hotline.domain.knowncontent.KnownHash;
import org.hotline.domain.knowncontent.KnownVerdict;
import org.junit.jupiter.api.Test;

class MatchesApiTest {

    static final String MD5 = "0123456789abcdef0123456789abcdef";
    static final PdqHash PDQ = PdqHash.parse("3c".repeat(32)).get();

    private static String body(String... algorithmsAndValues) {
        StringBuilder body = new StringBuilder("{\"hashes\": [");
        for (int i = 0; i < algorithmsAndValues.length; i += 2) {
            body.append(i == 0 ? "" : ", ").append("{\"algorithm\": \"").append(algorithmsAndValues[i])
                    .append("\", \"value\": \"").append(algorithmsAndValues[i + 1]).append("\"}");
        }
        return body.append("]}").toString();
    }

    @Test
    void a_partner_learns_which_hashes_are_known_and_how_they_were_classified_but_nothing_else() throws Exception {
        try (var server = new RunningServer()) {
            String key = server.partners.register("Example Partner").get().key().secret();
            server.knownContent.add(new KnownHash(HashAlgorithm.MD5, MD5),
                    new KnownClassification(KnownVerdict.ILLEGAL, Option.some("A"), true));
            server.knownContent.add(KnownHash.of(PDQ), KnownClassification.plainlyIllegal());
            PdqHash near = new PdqHash(PDQ.w0() ^ 0xff, PDQ.w1(), PDQ.w2(), PDQ.w3());

            var response = server.post(MatchesApi.MATCHES, "application/json",
                    body("md5", MD5.toUpperCase(), "sha1", "1".repeat(40), "pdq", near.hex()), "Authorization", "Bearer " + key);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode answer = new ObjectMapper().readTree(response.body());
            assertThat(answer.get("asked").asInt()).isEqualTo(3);
            assertThat(answer.get("known")).hasSize(2);
            JsonNode md5 = answer.get("known").get(0);
            assertThat(md5.get("value").asText()).isEqualTo(MD5);
            assertThat(md5.get("matches").get(0).toString())
                    .isEqualTo("{\"verdict\":\"illegal\",\"category\":\"A\",\"baseline\":true,\"jurisdiction\":\"BE\",\"distance\":0}");
            assertThat(answer.get("known").get(1).get("matches").get(0).get("distance").asInt()).isEqualTo(8);
            assertThat(response.body()).as("the stored PDQ hash is not revealed").doesNotContain(PDQ.hex())
                    .doesNotContain("test list");
            assertThat(server.audit.entries().last().after()).isEqualTo("3 hashes asked, 2 known");
        }
    }

    @Test
    void without_a_partner_key_or_with_too_many_or_bad_hashes_nothing_is_answered() {
        try (var server = new RunningServer()) {
            String key = server.partners.register("Example Partner").get().key().secret();

            assertThat(server.post(MatchesApi.MATCHES, "application/json", body("md5", MD5)).statusCode()).isEqualTo(401);
            String[] many = new String[2002];
            for (int i = 0; i < many.length; i += 2) {
                many[i] = "md5";
                many[i + 1] = String.format("%032x", i);
            }
            var tooMany = server.post(MatchesApi.MATCHES, "application/json", body(many), "Authorization", "Bearer " + key);
            assertThat(tooMany.statusCode()).isEqualTo(400);
            assertThat(tooMany.body()).contains("1 to 1000 hashes");
            var bad = server.post(MatchesApi.MATCHES, "application/json", body("md5", MD5, "md5", "12"),
                    "Authorization", "Bearer " + key);
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("hashes[1]").contains("not 2");
            assertThat(server.post(MatchesApi.MATCHES, "application/json", "{\"hashes\": [", "Authorization", "Bearer " + key)
                    .body()).contains("line 1");
        }
    }
}
