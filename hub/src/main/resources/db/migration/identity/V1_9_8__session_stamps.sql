-- V1_9_8 rather than V1_2_x: Flyway applies versions in order and refuses one below the highest applied (V1_9_7).
-- What a signed-in web session stands on. session_version moves whenever what the user's sessions stand for
-- changes (roles, organization, disabled, enabled, a new password); session_epoch only when the sessions signed in
-- before must end (disabled, a new password). A session keeps the two it was made with and is renewed from the user
-- as it is now when the version has moved, or ended when the epoch has.
ALTER TABLE app_user ADD COLUMN session_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN session_epoch BIGINT DEFAULT 0 NOT NULL;
