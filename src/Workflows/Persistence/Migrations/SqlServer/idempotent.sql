IF OBJECT_ID(N'[__ef_migrations_history]') IS NULL
BEGIN
    CREATE TABLE [__ef_migrations_history] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___ef_migrations_history] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE TABLE [workflow_definitions] (
        [id] nvarchar(128) NOT NULL,
        [definition_id] nvarchar(128) NOT NULL,
        [version] int NOT NULL,
        [name] nvarchar(256) NULL,
        [description] nvarchar(max) NULL,
        [is_latest] bit NOT NULL,
        [is_published] bit NOT NULL,
        [json] nvarchar(max) NOT NULL,
        [content_hash] nvarchar(64) NOT NULL,
        [created_at] datetimeoffset NOT NULL,
        [published_at] datetimeoffset NULL,
        CONSTRAINT [pk_workflow_definitions] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE TABLE [workflow_instances] (
        [id] nvarchar(128) NOT NULL,
        [definition_id] nvarchar(128) NOT NULL,
        [definition_version_id] nvarchar(128) NOT NULL,
        [definition_version] int NOT NULL,
        [status] nvarchar(16) NOT NULL,
        [correlation_id] nvarchar(256) NULL,
        [created_at] datetimeoffset NOT NULL,
        [updated_at] datetimeoffset NOT NULL,
        [finished_at] datetimeoffset NULL,
        [snapshot] nvarchar(max) NOT NULL,
        [revision] bigint NOT NULL,
        [journal_sequence] bigint NOT NULL,
        [journal_hash] nvarchar(64) NOT NULL,
        CONSTRAINT [pk_workflow_instances] PRIMARY KEY ([id]),
        CONSTRAINT [fk_workflow_instances_workflow_definitions_definition_version_id] FOREIGN KEY ([definition_version_id]) REFERENCES [workflow_definitions] ([id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE TABLE [workflow_triggers] (
        [id] nvarchar(257) NOT NULL,
        [definition_id] nvarchar(128) NOT NULL,
        [definition_version_id] nvarchar(128) NOT NULL,
        [definition_version] int NOT NULL,
        [activity_id] nvarchar(128) NOT NULL,
        [activity_type] nvarchar(256) NOT NULL,
        [name] nvarchar(256) NOT NULL,
        [hash] nvarchar(64) NOT NULL,
        [stimulus] nvarchar(max) NULL,
        CONSTRAINT [pk_workflow_triggers] PRIMARY KEY ([id]),
        CONSTRAINT [fk_workflow_triggers_workflow_definitions_definition_version_id] FOREIGN KEY ([definition_version_id]) REFERENCES [workflow_definitions] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE TABLE [workflow_bookmarks] (
        [id] nvarchar(128) NOT NULL,
        [instance_id] nvarchar(128) NOT NULL,
        [name] nvarchar(256) NOT NULL,
        [hash] nvarchar(64) NOT NULL,
        [stimulus] nvarchar(max) NULL,
        [activity_id] nvarchar(128) NOT NULL,
        [activity_type] nvarchar(256) NOT NULL,
        [correlation_id] nvarchar(256) NULL,
        [created_at] datetimeoffset NOT NULL,
        [due_at] datetimeoffset NULL,
        [payload] nvarchar(max) NULL,
        [job_id] nvarchar(256) NULL,
        CONSTRAINT [pk_workflow_bookmarks] PRIMARY KEY ([id]),
        CONSTRAINT [fk_workflow_bookmarks_workflow_instances_instance_id] FOREIGN KEY ([instance_id]) REFERENCES [workflow_instances] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE TABLE [workflow_incidents] (
        [id] nvarchar(128) NOT NULL,
        [instance_id] nvarchar(128) NOT NULL,
        [activity_id] nvarchar(128) NOT NULL,
        [activity_type] nvarchar(256) NOT NULL,
        [message] nvarchar(max) NOT NULL,
        [exception_type] nvarchar(256) NULL,
        [stack_trace] nvarchar(max) NULL,
        [at] datetimeoffset NOT NULL,
        [resolved_at] datetimeoffset NULL,
        CONSTRAINT [pk_workflow_incidents] PRIMARY KEY ([id]),
        CONSTRAINT [fk_workflow_incidents_workflow_instances_instance_id] FOREIGN KEY ([instance_id]) REFERENCES [workflow_instances] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE TABLE [workflow_journal] (
        [instance_id] nvarchar(128) NOT NULL,
        [sequence] bigint NOT NULL,
        [at] datetimeoffset NOT NULL,
        [event] nvarchar(64) NOT NULL,
        [activity_id] nvarchar(128) NULL,
        [activity_type] nvarchar(256) NULL,
        [message] nvarchar(max) NULL,
        [actor] nvarchar(256) NULL,
        [data] nvarchar(max) NULL,
        [previous_hash] nvarchar(64) NOT NULL,
        [hash] nvarchar(64) NOT NULL,
        CONSTRAINT [pk_workflow_journal] PRIMARY KEY ([instance_id], [sequence]),
        CONSTRAINT [fk_workflow_journal_workflow_instances_instance_id] FOREIGN KEY ([instance_id]) REFERENCES [workflow_instances] ([id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE INDEX [ix_workflow_bookmarks_due_at] ON [workflow_bookmarks] ([due_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE INDEX [ix_workflow_bookmarks_instance_id] ON [workflow_bookmarks] ([instance_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE INDEX [ix_workflow_bookmarks_name_hash] ON [workflow_bookmarks] ([name], [hash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE INDEX [ix_workflow_definitions_content_hash] ON [workflow_definitions] ([content_hash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [ix_workflow_definitions_definition_id_version] ON [workflow_definitions] ([definition_id], [version]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [ix_workflow_definitions_latest] ON [workflow_definitions] ([definition_id]) WHERE [is_latest] = CAST(1 AS bit)');
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [ix_workflow_definitions_published] ON [workflow_definitions] ([definition_id]) WHERE [is_published] = CAST(1 AS bit)');
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE INDEX [ix_workflow_incidents_instance_id] ON [workflow_incidents] ([instance_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE INDEX [ix_workflow_instances_correlation_id] ON [workflow_instances] ([correlation_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE INDEX [ix_workflow_instances_definition_id_created_at] ON [workflow_instances] ([definition_id], [created_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE INDEX [ix_workflow_instances_definition_version_id] ON [workflow_instances] ([definition_version_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE INDEX [ix_workflow_instances_status_created_at] ON [workflow_instances] ([status], [created_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE INDEX [ix_workflow_triggers_definition_id] ON [workflow_triggers] ([definition_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE INDEX [ix_workflow_triggers_definition_version_id] ON [workflow_triggers] ([definition_version_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    CREATE INDEX [ix_workflow_triggers_name_hash] ON [workflow_triggers] ([name], [hash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125174609_Initial'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261125174609_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE TABLE [calendar_days] (
        [date] date NOT NULL,
        [type] nvarchar(32) NOT NULL,
        [name_vi] nvarchar(256) NOT NULL,
        [name_en] nvarchar(256) NOT NULL,
        [status] nvarchar(16) NOT NULL,
        [source] nvarchar(1024) NULL,
        CONSTRAINT [pk_calendar_days] PRIMARY KEY ([date])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE TABLE [definition_reviews] (
        [id] nvarchar(128) NOT NULL,
        [definition_id] nvarchar(128) NOT NULL,
        [version] int NOT NULL,
        [status] nvarchar(32) NOT NULL,
        [submitted_by] nvarchar(256) NOT NULL,
        [submitted_at] datetimeoffset NOT NULL,
        [comment] nvarchar(4000) NULL,
        [decided_by] nvarchar(256) NULL,
        [decided_at] datetimeoffset NULL,
        [decision_comment] nvarchar(4000) NULL,
        CONSTRAINT [pk_definition_reviews] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE TABLE [notification_outbox] (
        [id] nvarchar(128) NOT NULL,
        [key] nvarchar(256) NOT NULL,
        [channel] nvarchar(16) NOT NULL,
        [template_key] nvarchar(64) NOT NULL,
        [recipient_user] nvarchar(256) NULL,
        [recipient_address] nvarchar(1024) NULL,
        [locale] nvarchar(16) NOT NULL,
        [model] nvarchar(max) NOT NULL,
        [created_at] datetimeoffset NOT NULL,
        [claimed_at] datetimeoffset NULL,
        [sent_at] datetimeoffset NULL,
        [attempts] int NOT NULL,
        [last_error] nvarchar(2000) NULL,
        CONSTRAINT [pk_notification_outbox] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE TABLE [notifications] (
        [id] nvarchar(128) NOT NULL,
        [user_name] nvarchar(256) NOT NULL,
        [title] nvarchar(1024) NOT NULL,
        [body] nvarchar(max) NOT NULL,
        [link] nvarchar(1024) NULL,
        [task_id] nvarchar(128) NULL,
        [created_at] datetimeoffset NOT NULL,
        [read_at] datetimeoffset NULL,
        CONSTRAINT [pk_notifications] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE TABLE [org_units] (
        [id] nvarchar(128) NOT NULL,
        [code] nvarchar(64) NOT NULL,
        [name_vi] nvarchar(256) NOT NULL,
        [name_en] nvarchar(256) NULL,
        [kind] nvarchar(64) NOT NULL,
        [level] nvarchar(32) NOT NULL,
        [system] nvarchar(32) NOT NULL,
        [parent_id] nvarchar(128) NULL,
        [valid_from] date NOT NULL,
        [valid_to] date NULL,
        [superseded_by_id] nvarchar(128) NULL,
        CONSTRAINT [pk_org_units] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE TABLE [saved_filters] (
        [id] nvarchar(128) NOT NULL,
        [name] nvarchar(256) NOT NULL,
        [owner_user] nvarchar(256) NOT NULL,
        [unit_id] nvarchar(128) NULL,
        [shared_with_unit] bit NOT NULL,
        [query] nvarchar(max) NOT NULL,
        [created_at] datetimeoffset NOT NULL,
        CONSTRAINT [pk_saved_filters] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE TABLE [tasks] (
        [id] nvarchar(128) NOT NULL,
        [instance_id] nvarchar(128) NOT NULL,
        [definition_id] nvarchar(128) NOT NULL,
        [activity_id] nvarchar(128) NOT NULL,
        [kind] nvarchar(32) NOT NULL,
        [title] nvarchar(1024) NOT NULL,
        [stage] nvarchar(64) NULL,
        [assignee_user] nvarchar(256) NULL,
        [assignee_role] nvarchar(64) NULL,
        [assignee_unit_id] nvarchar(128) NULL,
        [unit_id] nvarchar(128) NULL,
        [plan_id] nvarchar(256) NULL,
        [due_on] date NULL,
        [status] nvarchar(16) NOT NULL,
        [claimed_by] nvarchar(256) NULL,
        [action] nvarchar(64) NULL,
        [comment] nvarchar(4000) NULL,
        [completed_by] nvarchar(256) NULL,
        [created_at] datetimeoffset NOT NULL,
        [completed_at] datetimeoffset NULL,
        [escalation_level] int NOT NULL,
        [flagged_for_committee] bit NOT NULL,
        [classification] nvarchar(32) NULL,
        [spec] nvarchar(max) NOT NULL,
        [revision] bigint NOT NULL,
        CONSTRAINT [pk_tasks] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE TABLE [users] (
        [id] nvarchar(128) NOT NULL,
        [user_name] nvarchar(256) NOT NULL,
        [display_name] nvarchar(256) NOT NULL,
        [email] nvarchar(256) NULL,
        [password_hash] nvarchar(512) NOT NULL,
        [roles] nvarchar(256) NOT NULL,
        [unit_id] nvarchar(128) NULL,
        [locale] nvarchar(16) NOT NULL,
        [failed_logins] int NOT NULL,
        [locked_until] datetimeoffset NULL,
        [last_login_at] datetimeoffset NULL,
        [is_disabled] bit NOT NULL,
        [totp_secret] nvarchar(128) NULL,
        [has_demo_password] bit NOT NULL,
        [created_at] datetimeoffset NOT NULL,
        [password_changed_at] datetimeoffset NULL,
        CONSTRAINT [pk_users] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE TABLE [role_assignments] (
        [id] nvarchar(128) NOT NULL,
        [user_id] nvarchar(128) NOT NULL,
        [unit_id] nvarchar(128) NOT NULL,
        [role] nvarchar(64) NOT NULL,
        [valid_from] date NOT NULL,
        [valid_to] date NULL,
        [delegated_from_user_id] nvarchar(128) NULL,
        CONSTRAINT [pk_role_assignments] PRIMARY KEY ([id]),
        CONSTRAINT [fk_role_assignments_users_user_id] FOREIGN KEY ([user_id]) REFERENCES [users] ([id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE INDEX [ix_definition_reviews_definition_id_version] ON [definition_reviews] ([definition_id], [version]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE INDEX [ix_definition_reviews_status] ON [definition_reviews] ([status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE UNIQUE INDEX [ix_notification_outbox_key] ON [notification_outbox] ([key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE INDEX [ix_notification_outbox_sent_at_created_at] ON [notification_outbox] ([sent_at], [created_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE INDEX [ix_notifications_user_name_read_at_created_at] ON [notifications] ([user_name], [read_at], [created_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE UNIQUE INDEX [ix_org_units_code] ON [org_units] ([code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE INDEX [ix_org_units_parent_id] ON [org_units] ([parent_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE INDEX [ix_role_assignments_unit_id_role] ON [role_assignments] ([unit_id], [role]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE INDEX [ix_role_assignments_user_id] ON [role_assignments] ([user_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE INDEX [ix_saved_filters_owner_user] ON [saved_filters] ([owner_user]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE INDEX [ix_saved_filters_unit_id_shared_with_unit] ON [saved_filters] ([unit_id], [shared_with_unit]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE INDEX [ix_tasks_assignee_unit_id_status_due_on] ON [tasks] ([assignee_unit_id], [status], [due_on]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE INDEX [ix_tasks_assignee_user_status] ON [tasks] ([assignee_user], [status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE INDEX [ix_tasks_instance_id] ON [tasks] ([instance_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE INDEX [ix_tasks_plan_id] ON [tasks] ([plan_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE INDEX [ix_tasks_status_due_on] ON [tasks] ([status], [due_on]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE INDEX [ix_tasks_unit_id_status] ON [tasks] ([unit_id], [status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    CREATE UNIQUE INDEX [ix_users_user_name] ON [users] ([user_name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125181315_ApplicationTables'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261125181315_ApplicationTables', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125182558_TaskSearchAndLateness'
)
BEGIN
    ALTER TABLE [tasks] ADD [completed_late] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125182558_TaskSearchAndLateness'
)
BEGIN
    ALTER TABLE [tasks] ADD [search_text] nvarchar(1024) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125182558_TaskSearchAndLateness'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261125182558_TaskSearchAndLateness', N'10.0.15');
END;

COMMIT;
GO

