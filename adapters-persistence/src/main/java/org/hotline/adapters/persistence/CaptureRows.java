package org.hotline.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

import io.vavr.control.Option;
import org.hotline.domain.capture.Answer;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.ContentType;
import org.hotline.domain.capture.Dimensions;
import org.hotline.domain.capture.IpAddress;
import org.hotline.domain.capture.KeptHeaders;
import org.hotline.domain.fingerprint.Digest;
import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.fingerprint.PdqFingerprint;
import org.hotline.domain.fingerprint.PdqHash;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The columns a capture and its items share: the answer ({@code answer_*} and {@code header_*}), the failure
 * ({@code failure_code}, {@code failure_values}) and, for items, the dimensions and fingerprints (digests and the PDQ
 * hash as bytes).
 */
final class CaptureRows {

    private static final HexFormat HEX = HexFormat.of();

    private CaptureRows() {
    }

    static <S extends SqlStatement<S>> S bindAnswer(S statement, Option<Answer> answer) {
        Option<KeptHeaders> headers = answer.map(Answer::headers);
        return statement
                .bind("answerAddress", answer.map(a -> a.address().canonical()).getOrNull())
                .bind("answerConnectedTo", answer.map(a -> a.connectedTo().text()).getOrNull())
                .bind("answerStatus", answer.map(Answer::status).getOrNull())
                .bind("answerType", answer.map(a -> a.type().name()).getOrNull())
                .bind("answerSize", answer.map(Answer::size).getOrNull())
                .bind("headerServer", headers.flatMap(KeptHeaders::server).getOrNull())
                .bind("headerContentType", headers.flatMap(KeptHeaders::contentType).getOrNull())
                .bind("headerContentLength", headers.flatMap(KeptHeaders::contentLength).getOrNull())
                .bind("headerLastModified", headers.flatMap(KeptHeaders::lastModified).getOrNull())
                .bind("headerEtag", headers.flatMap(KeptHeaders::etag).getOrNull());
    }

    static final String ANSWER_COLUMNS = """
            answer_address, answer_connected_to, answer_status, answer_type, answer_size, header_server,
            header_content_type, header_content_length, header_last_modified, header_etag""";

    static final String ANSWER_VALUES = """
            :answerAddress, :answerConnectedTo, :answerStatus, :answerType, :answerSize, :headerServer,
            :headerContentType, :headerContentLength, :headerLastModified, :headerEtag""";

    static Option<Answer> answer(ResultSet rs) throws SQLException {
        String address = rs.getString("answer_address");
        if (address == null) {
            return Option.none();
        }
        KeptHeaders headers = new KeptHeaders(text(rs, "header_server"), text(rs, "header_content_type"),
                text(rs, "header_content_length"), text(rs, "header_last_modified"), text(rs, "header_etag"));
        return Option.some(new Answer(PostgresCaptureJobs.address(address), ip(rs.getString("answer_connected_to")),
                rs.getInt("answer_status"), headers, ContentType.valueOf(rs.getString("answer_type")),
                rs.getLong("answer_size")));
    }

    static <S extends SqlStatement<S>> S bindFailure(S statement, Option<CaptureFailure> failure) {
        Option<CaptureFailures.Columns> columns = failure.map(CaptureFailures::columns);
        return statement
                .bind("failureCode", columns.map(CaptureFailures.Columns::code).getOrNull())
                .bind("failureValues", columns.map(CaptureFailures.Columns::values).getOrNull());
    }

    static Option<CaptureFailure> failure(ResultSet rs) throws SQLException {
        String code = rs.getString("failure_code");
        if (code == null) {
            return Option.none();
        }
        return Option.some(CaptureFailures.read(code, (String[]) rs.getArray("failure_values").getArray()));
    }

    static <S extends SqlStatement<S>> S bindMeasurements(S statement, Option<Dimensions> dimensions,
            Option<Fingerprints> fingerprints) {
        Option<PdqFingerprint> pdq = fingerprints.flatMap(Fingerprints::pdq);
        return statement
                .bind("width", dimensions.map(Dimensions::width).getOrNull())
                .bind("height", dimensions.map(Dimensions::height).getOrNull())
                .bind("md5", fingerprints.map(f -> bytes(f.md5())).getOrNull())
                .bind("sha1", fingerprints.map(f -> bytes(f.sha1())).getOrNull())
                .bind("sha256", fingerprints.map(f -> bytes(f.sha256())).getOrNull())
                .bind("pdq", pdq.map(p -> HEX.parseHex(p.hash().hex())).getOrNull())
                .bind("pdqQuality", pdq.map(PdqFingerprint::quality).getOrNull());
    }

    static Option<Dimensions> dimensions(ResultSet rs) throws SQLException {
        int width = rs.getInt("width");
        return rs.wasNull() ? Option.none() : Option.some(new Dimensions(width, rs.getInt("height")));
    }

    static Option<Fingerprints> fingerprints(ResultSet rs) throws SQLException {
        byte[] sha256 = rs.getBytes("sha256");
        if (sha256 == null) {
            return Option.none();
        }
        byte[] pdq = rs.getBytes("pdq");
        Option<PdqFingerprint> hash = pdq == null ? Option.none()
                : Option.some(new PdqFingerprint(PdqHash.parse(HEX.formatHex(pdq)).get(), rs.getInt("pdq_quality")));
        return Option.some(new Fingerprints(digest(Digest.Algorithm.MD5, rs.getBytes("md5")),
                digest(Digest.Algorithm.SHA1, rs.getBytes("sha1")), digest(Digest.Algorithm.SHA256, sha256), hash));
    }

    static IpAddress ip(String text) {
        return IpAddress.parse(text).getOrElseThrow(problem -> new IllegalStateException("a stored address: " + problem));
    }

    private static byte[] bytes(Digest digest) {
        return HEX.parseHex(digest.hex());
    }

    private static Digest digest(Digest.Algorithm algorithm, byte[] bytes) {
        return new Digest(algorithm, HEX.formatHex(bytes));
    }

    private static Option<String> text(ResultSet rs, String column) throws SQLException {
        return Option.of(rs.getString(column));
    }
}
