-- The language a member chose for the staff pages (an ISO 639 code such as nl), remembered across sessions; null
-- follows the browser's language. Which languages are offered is configured (HOTLINE_LANGUAGES), not fixed here.
alter table staff_member add column language text
    constraint staff_member_language_shape check (language ~ '^[a-z]{2,3}$');
