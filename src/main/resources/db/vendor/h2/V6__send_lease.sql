-- Who is sending a campaign right now. A window and commands may use one data directory at once (H2's automatic
-- mixed mode): before a send, resume or settle, a process inserts the row of the draft or campaign it works on; the
-- primary key lets only one in. The row names the holder (OS user, host, process id and its start time) so the
-- other process can say who is sending, and so a row left by a killed process is recognised (same host, process
-- gone) and taken over. A holder on another host renews heartbeat_at; a row not renewed for minutes is stale.
CREATE TABLE send_lease (
    lease_key     VARCHAR(4100) PRIMARY KEY,
    token         VARCHAR(36) NOT NULL,
    os_user       VARCHAR(255) NOT NULL,
    host          VARCHAR(255) NOT NULL,
    pid           BIGINT NOT NULL,
    process_start TIMESTAMP WITH TIME ZONE,
    taken_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
