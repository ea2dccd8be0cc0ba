package org.hotline.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.statistics.CountryReferrals;
import org.hotline.domain.statistics.Day;
import org.hotline.domain.statistics.Intake;
import org.hotline.domain.statistics.Period;
import org.hotline.domain.statistics.RemovalTimes;
import org.hotline.domain.statistics.Removals;
import org.hotline.domain.statistics.StatisticsQueries;

/**
 * The statistics counted in PostgreSQL: each figure one query over the tables the work keeps (reports, cases,
 * decisions, captures and their known items, referrals, takedowns, hosting traces and settlements), percentiles by
 * {@code percentile_cont}. Read-only.
 */
public final class PostgresStatistics implements StatisticsQueries {

    /** The latest decision on a case, as the case file orders them. */
    private static final String LATEST_DECISION = """
            select a.verdict, a.baseline from assessment a where a.case_id = c.id
            order by a.assessed_at desc, a.recorded desc limit 1""";

    /** Items of a case's captures that were fingerprinted. */
    private static final String FINGERPRINTED_ITEMS = """
            capture k join capture_item i on i.capture_id = k.id where k.case_id = c.id and i.sha256 is not null""";

    private static final String INTAKE = """
            select (select count(*) from report where received_at >= :from and received_at < :until) as reports,
                   (select count(*) from report_url where received_at >= :from and received_at < :until) as addresses,
                   count(c.id) as cases_opened,
                   count(c.id) filter (where latest.verdict in ('ILLEGAL', 'NOT_ILLEGAL')) as assessed,
                   count(c.id) filter (where latest.verdict = 'ILLEGAL') as illegal,
                   count(c.id) filter (where latest.verdict = 'ILLEGAL' and latest.baseline) as baseline,
                   count(c.id) filter (where exists (select 1 from %1$s)) as captured,
                   count(c.id) filter (where exists (select 1 from %1$s
                       and exists (select 1 from capture_item_match m where m.item_id = i.id))) as known
            from case_file c left join lateral (%2$s) latest on true
            where c.opened_at >= :from and c.opened_at < :until""".formatted(FINGERPRINTED_ITEMS, LATEST_DECISION);

    private static final String REFERRALS = """
            with referral as (
                select r.id, r.direction, case r.direction when 'OUTGOING' then r.to_country else r.from_country end as country
                from exchange_referral r where r.referred_at >= :from and r.referred_at < :until)
            select country,
                   count(*) filter (where direction = 'OUTGOING') as sent,
                   count(*) filter (where direction = 'INCOMING') as received,
                   count(*) filter (where direction = 'OUTGOING' and exists (select 1 from exchange_status s
                       where s.referral_id = referral.id and s.direction = 'OUTGOING' and s.status = 'removed')) as removed
            from referral group by country order by count(*) desc, country""";

    /**
     * Each removal with its time from the case's opening, the country settled last for the case, and the provider: the
     * organisation (or else the AS) of the first address of the page's host in the case's latest trace.
     */
    private static final String REMOVED = """
            select greatest(extract(epoch from t.ended_at - c.opened_at), 0) as seconds,
                   (select s.country from hosting_settlement s where s.case_id = c.id
                    order by s.recorded desc limit 1) as country,
                   (select coalesce(found.address ->> 'organisation', 'AS' || (found.address ->> 'asn'))
                    from hosting_trace h,
                         jsonb_array_elements(h.hosts) with ordinality as host(doc, host_at),
                         jsonb_array_elements(host.doc -> 'addresses') with ordinality as found(address, address_at)
                    where h.id = (select latest.id from hosting_trace latest where latest.case_id = c.id
                                  order by latest.recorded desc limit 1)
                      and host.doc ->> 'role' in ('PAGE', 'PAGE_AND_ITEMS')
                    order by host_at, address_at limit 1) as provider
            from takedown t join case_file c on c.id = t.case_id
            where t.state = 'REMOVED' and t.ended_at >= :from and t.ended_at < :until""";

    private static final String REMOVALS = """
            with removal as (%s)
            select case when grouping(country) = 0 then 'COUNTRY' when grouping(provider) = 0 then 'PROVIDER'
                        else 'ALL' end as grouped_by,
                   case when grouping(country) = 0 then country else provider end as name,
                   count(*) as removed,
                   percentile_cont(0.5) within group (order by seconds) as median,
                   percentile_cont(0.9) within group (order by seconds) as ninetieth,
                   count(*) filter (where seconds <= 86400) as within_day,
                   count(*) filter (where seconds <= 259200) as within_three_days,
                   count(*) filter (where seconds <= 604800) as within_week
            from removal group by grouping sets ((), (country), (provider)) having count(*) > 0
            order by grouped_by, removed desc, name nulls last""".formatted(REMOVED);

    private static final String DAYS = """
            select day, sum(reports) as reports, sum(removals) as removals from (
                select (received_at at time zone :zone)::date as day, 1 as reports, 0 as removals from report
                where received_at >= :from and received_at < :until
                union all
                select (ended_at at time zone :zone)::date, 0, 1 from takedown
                where state = 'REMOVED' and ended_at >= :from and ended_at < :until) counted
            group by day order by day""";

    private final Storage storage;

    public PostgresStatistics(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public Intake intake(Instant from, Instant until) {
        return storage.read(handle -> handle.createQuery(INTAKE).bind("from", from).bind("until", until)
                .map((rs, ctx) -> new Intake(rs.getLong("reports"), rs.getLong("addresses"), rs.getLong("cases_opened"),
                        rs.getLong("assessed"), rs.getLong("illegal"), rs.getLong("baseline"), rs.getLong("captured"),
                        rs.getLong("known")))
                .one());
    }

    @Override
    public Seq<CountryReferrals> referrals(Instant from, Instant until) {
        return storage.read(handle -> List.ofAll(handle.createQuery(REFERRALS).bind("from", from).bind("until", until)
                .map((rs, ctx) -> new CountryReferrals(new CountryCode(rs.getString("country")), rs.getLong("sent"),
                        rs.getLong("received"), rs.getLong("removed")))
                .list()));
    }

    @Override
    public Removals removals(Instant from, Instant until) {
        List<GroupRow> rows = storage.read(handle -> List.ofAll(handle.createQuery(REMOVALS).bind("from", from)
                .bind("until", until).map((rs, ctx) -> GroupRow.of(rs)).list()));
        Option<RemovalTimes> overall = rows.find(row -> row.groupedBy().equals("ALL")).map(GroupRow::times);
        if (overall.isEmpty()) {
            return Removals.NONE;
        }
        return new Removals(overall, groups(rows, "COUNTRY"), groups(rows, "PROVIDER"));
    }

    private static Seq<Removals.Group> groups(List<GroupRow> rows, String groupedBy) {
        return rows.filter(row -> row.groupedBy().equals(groupedBy))
                .map(row -> new Removals.Group(row.name(), row.times()));
    }

    @Override
    public Seq<Day> days(Period period, ZoneId zone) {
        return storage.read(handle -> List.ofAll(handle.createQuery(DAYS).bind("from", period.start(zone))
                .bind("until", period.end(zone)).bind("zone", zone.getId())
                .map((rs, ctx) -> new Day(rs.getObject("day", LocalDate.class), rs.getLong("reports"),
                        rs.getLong("removals")))
                .list()));
    }

    /** One line of the removals: all of them, or one country's or provider's. */
    private record GroupRow(String groupedBy, Option<String> name, RemovalTimes times) {

        static GroupRow of(ResultSet rs) throws SQLException {
            return new GroupRow(rs.getString("grouped_by"), Option.of(rs.getString("name")), new RemovalTimes(
                    rs.getLong("removed"), seconds(rs.getDouble("median")), seconds(rs.getDouble("ninetieth")),
                    rs.getLong("within_day"), rs.getLong("within_three_days"), rs.getLong("within_week")));
        }

        private static Duration seconds(double seconds) {
            return Duration.ofMillis(Math.round(seconds * 1000));
        }
    }
}
