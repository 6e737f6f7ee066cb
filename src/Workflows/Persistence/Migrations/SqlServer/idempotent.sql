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

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [coordination_programmes] (
        [id] uniqueidentifier NOT NULL,
        [title_vi] nvarchar(1024) NOT NULL,
        [party_org_unit_id] uniqueidentifier NOT NULL,
        [state_org_unit_id] uniqueidentifier NOT NULL,
        [legal_basis_document_id] uniqueidentifier NULL,
        [cadence] nvarchar(32) NOT NULL,
        [party_focal_point_user_id] uniqueidentifier NULL,
        [state_focal_point_user_id] uniqueidentifier NULL,
        [status] nvarchar(32) NOT NULL,
        [party_approved_by_user_id] uniqueidentifier NULL,
        [party_approved_at] datetimeoffset NULL,
        [state_approved_by_user_id] uniqueidentifier NULL,
        [state_approved_at] datetimeoffset NULL,
        [return_comment] nvarchar(4000) NULL,
        [document_id] uniqueidentifier NULL,
        [signed_on] date NULL,
        [valid_from] date NULL,
        [valid_to] date NULL,
        [ended_on] date NULL,
        [end_reason] nvarchar(4000) NULL,
        CONSTRAINT [pk_coordination_programmes] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [documents] (
        [id] uniqueidentifier NOT NULL,
        [system] nvarchar(32) NOT NULL,
        [doc_type] nvarchar(32) NOT NULL,
        [direction] nvarchar(32) NOT NULL,
        [number] int NULL,
        [symbol] nvarchar(64) NULL,
        [issuer_org_unit_ids] nvarchar(max) NOT NULL,
        [signer_user_id] uniqueidentifier NULL,
        [issued_on] date NULL,
        [effective_on] date NULL,
        [expires_on] date NULL,
        [subject_vi] nvarchar(1024) NOT NULL,
        [subject_en] nvarchar(1024) NULL,
        [fields] nvarchar(max) NOT NULL,
        [confidentiality] nvarchar(32) NOT NULL,
        [urgency] nvarchar(32) NOT NULL,
        [status] nvarchar(32) NOT NULL,
        [approved_by_user_id] uniqueidentifier NULL,
        [review_comment] nvarchar(4000) NULL,
        [superseded_by_id] uniqueidentifier NULL,
        [is_deleted] bit NOT NULL,
        [deleted_at] datetimeoffset NULL,
        [deleted_by_user_id] uniqueidentifier NULL,
        CONSTRAINT [pk_documents] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [escalations] (
        [id] uniqueidentifier NOT NULL,
        [rule_key] nvarchar(64) NOT NULL,
        [target_id] uniqueidentifier NOT NULL,
        [from_role] nvarchar(32) NULL,
        [to_role] nvarchar(32) NOT NULL,
        [action] nvarchar(32) NOT NULL,
        [occurred_at] datetimeoffset NOT NULL,
        [resolved_at] datetimeoffset NULL,
        [resolution] nvarchar(4000) NULL,
        CONSTRAINT [pk_escalations] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [evaluations] (
        [id] uniqueidentifier NOT NULL,
        [subject_type] nvarchar(32) NOT NULL,
        [subject_id] uniqueidentifier NOT NULL,
        [period] nvarchar(32) NOT NULL,
        [period_key] nvarchar(64) NOT NULL,
        [has_discipline_case] bit NOT NULL,
        [self_score] decimal(5,2) NOT NULL,
        [reviewed_score] decimal(5,2) NULL,
        [final_score] decimal(5,2) NULL,
        [self_rating] nvarchar(32) NOT NULL,
        [proposed_rating] nvarchar(32) NULL,
        [final_rating] nvarchar(32) NULL,
        [status] nvarchar(32) NOT NULL,
        [self_assessed_by_user_id] uniqueidentifier NOT NULL,
        [self_assessed_at] datetimeoffset NOT NULL,
        [reviewed_by_user_id] uniqueidentifier NULL,
        [reviewed_at] datetimeoffset NULL,
        [review_comment] nvarchar(4000) NULL,
        [approved_by_user_id] uniqueidentifier NULL,
        [approved_at] datetimeoffset NULL,
        [decision_reason] nvarchar(4000) NULL,
        [published_at] datetimeoffset NULL,
        [workflow_event_key] nvarchar(256) NULL,
        [workflow_instance_id] nvarchar(128) NULL,
        [task_stats_assigned] int NOT NULL,
        [task_stats_done_late] int NOT NULL,
        [task_stats_done_on_time] int NOT NULL,
        [task_stats_exceeded] int NOT NULL,
        [task_stats_open_overdue] int NOT NULL,
        [criteria_scores] nvarchar(max) NULL,
        CONSTRAINT [pk_evaluations] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [explanation_requests] (
        [id] uniqueidentifier NOT NULL,
        [target_id] uniqueidentifier NOT NULL,
        [addressee_org_unit_id] uniqueidentifier NOT NULL,
        [question] nvarchar(4000) NOT NULL,
        [requested_by_user_id] uniqueidentifier NOT NULL,
        [requested_at] datetimeoffset NOT NULL,
        [due_on] date NOT NULL,
        [status] nvarchar(32) NOT NULL,
        [response] nvarchar(4000) NULL,
        [responded_by_user_id] uniqueidentifier NULL,
        [responded_at] datetimeoffset NULL,
        [review_comment] nvarchar(4000) NULL,
        CONSTRAINT [pk_explanation_requests] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [inspections] (
        [id] uniqueidentifier NOT NULL,
        [kind] nvarchar(32) NOT NULL,
        [topic_vi] nvarchar(1024) NOT NULL,
        [topic_en] nvarchar(1024) NULL,
        [fields] nvarchar(max) NOT NULL,
        [level] nvarchar(32) NOT NULL,
        [target_org_unit_ids] nvarchar(max) NOT NULL,
        [review_period_from] date NOT NULL,
        [review_period_to] date NOT NULL,
        [max_duration_days] int NOT NULL,
        [duration_basis] nvarchar(32) NOT NULL,
        [extension_days] int NOT NULL,
        [start_on] date NULL,
        [decision_document_id] uniqueidentifier NULL,
        [plan_document_id] uniqueidentifier NULL,
        [outline_document_id] uniqueidentifier NULL,
        [self_report_document_id] uniqueidentifier NULL,
        [status] nvarchar(32) NOT NULL,
        [classification] nvarchar(32) NOT NULL,
        [team_head_user_id] uniqueidentifier NULL,
        [team_deputy_user_ids] nvarchar(max) NULL,
        [team_member_user_ids] nvarchar(max) NULL,
        [team_secretary_user_id] uniqueidentifier NULL,
        [conclusion_document_id] uniqueidentifier NULL,
        [conclusion_issued_on] date NULL,
        [conclusion_finding_ids] nvarchar(max) NULL,
        [conclusion_requirements] nvarchar(max) NULL,
        [converted_from_id] uniqueidentifier NULL,
        [converted_to_id] uniqueidentifier NULL,
        [closed_at] datetimeoffset NULL,
        [workflow_event_key] nvarchar(256) NULL,
        [workflow_instance_id] nvarchar(128) NULL,
        [is_deleted] bit NOT NULL,
        [deleted_at] datetimeoffset NULL,
        [deleted_by_user_id] uniqueidentifier NULL,
        CONSTRAINT [pk_inspections] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [milestones] (
        [id] uniqueidentifier NOT NULL,
        [owner_type] nvarchar(32) NOT NULL,
        [owner_id] uniqueidentifier NOT NULL,
        [name] nvarchar(1024) NOT NULL,
        [due_on] date NOT NULL,
        [requires_approval] bit NOT NULL,
        [approver_role] nvarchar(32) NULL,
        [status] nvarchar(32) NOT NULL,
        [submitted_by_user_id] uniqueidentifier NULL,
        [submitted_at] datetimeoffset NULL,
        [decided_by_user_id] uniqueidentifier NULL,
        [decided_at] datetimeoffset NULL,
        [comment] nvarchar(4000) NULL,
        [return_count] int NOT NULL,
        CONSTRAINT [pk_milestones] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [party_terms] (
        [id] uniqueidentifier NOT NULL,
        [org_unit_id] uniqueidentifier NOT NULL,
        [name] nvarchar(64) NOT NULL,
        [start] date NOT NULL,
        [end] date NOT NULL,
        CONSTRAINT [pk_party_terms] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [plans] (
        [id] uniqueidentifier NOT NULL,
        [title_vi] nvarchar(1024) NOT NULL,
        [title_en] nvarchar(1024) NULL,
        [owner_org_unit_id] uniqueidentifier NOT NULL,
        [document_id] uniqueidentifier NULL,
        [year] int NULL,
        [period_start] date NOT NULL,
        [period_end] date NOT NULL,
        [source_document_ids] nvarchar(max) NOT NULL,
        [status] nvarchar(32) NOT NULL,
        [activated_at] datetimeoffset NULL,
        [closed_at] datetimeoffset NULL,
        [is_deleted] bit NOT NULL,
        [deleted_at] datetimeoffset NULL,
        [deleted_by_user_id] uniqueidentifier NULL,
        CONSTRAINT [pk_plans] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [reporting_obligations] (
        [id] uniqueidentifier NOT NULL,
        [kind] nvarchar(32) NOT NULL,
        [title_vi] nvarchar(1024) NOT NULL,
        [source_document_id] uniqueidentifier NULL,
        [data_from] date NOT NULL,
        [data_to] date NOT NULL,
        [due_on] date NOT NULL,
        [recipient_org_unit_id] uniqueidentifier NOT NULL,
        [required_from_org_unit_ids] nvarchar(max) NOT NULL,
        [outline_template_id] uniqueidentifier NULL,
        [workflow_event_key] nvarchar(256) NULL,
        [workflow_instance_id] nvarchar(128) NULL,
        CONSTRAINT [pk_reporting_obligations] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [hot_issues] (
        [id] uniqueidentifier NOT NULL,
        [programme_id] uniqueidentifier NULL,
        [summary] nvarchar(4000) NOT NULL,
        [field] nvarchar(32) NOT NULL,
        [severity] nvarchar(32) NOT NULL,
        [classification] nvarchar(32) NOT NULL,
        [detected_at] datetimeoffset NOT NULL,
        [info_requested_from_org_unit_id] uniqueidentifier NOT NULL,
        [sla_hours] int NOT NULL,
        [info_due_at] datetimeoffset NOT NULL,
        [info_received_at] datetimeoffset NULL,
        [orientation_issued_at] datetimeoffset NULL,
        [orientation_document_id] uniqueidentifier NULL,
        [closed_at] datetimeoffset NULL,
        [closing_note] nvarchar(4000) NULL,
        [status] nvarchar(32) NOT NULL,
        CONSTRAINT [pk_hot_issues] PRIMARY KEY ([id]),
        CONSTRAINT [fk_hot_issues_coordination_programmes_programme_id] FOREIGN KEY ([programme_id]) REFERENCES [coordination_programmes] ([id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [urge_notices] (
        [id] uniqueidentifier NOT NULL,
        [level] int NOT NULL,
        [target_task_ids] nvarchar(max) NOT NULL,
        [addressee_org_unit_ids] nvarchar(max) NOT NULL,
        [document_id] uniqueidentifier NULL,
        [issued_by_user_id] uniqueidentifier NOT NULL,
        [issued_at] datetimeoffset NOT NULL,
        [message] nvarchar(4000) NULL,
        [previous_notice_id] uniqueidentifier NULL,
        [workflow_event_key] nvarchar(256) NULL,
        [workflow_instance_id] nvarchar(128) NULL,
        CONSTRAINT [pk_urge_notices] PRIMARY KEY ([id]),
        CONSTRAINT [fk_urge_notices_documents_document_id] FOREIGN KEY ([document_id]) REFERENCES [documents] ([id]) ON DELETE NO ACTION,
        CONSTRAINT [fk_urge_notices_urge_notices_previous_notice_id] FOREIGN KEY ([previous_notice_id]) REFERENCES [urge_notices] ([id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [inspection_findings] (
        [id] uniqueidentifier NOT NULL,
        [inspection_id] uniqueidentifier NOT NULL,
        [target_org_unit_id] uniqueidentifier NOT NULL,
        [type] nvarchar(32) NOT NULL,
        [severity] nvarchar(32) NULL,
        [description] nvarchar(4000) NOT NULL,
        [recorded_at] datetimeoffset NOT NULL,
        CONSTRAINT [pk_inspection_findings] PRIMARY KEY ([id]),
        CONSTRAINT [fk_inspection_findings_inspections_inspection_id] FOREIGN KEY ([inspection_id]) REFERENCES [inspections] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [numbering_sequences] (
        [id] uniqueidentifier NOT NULL,
        [issuer_org_unit_id] uniqueidentifier NOT NULL,
        [doc_type] nvarchar(32) NOT NULL,
        [system] nvarchar(32) NOT NULL,
        [scope] nvarchar(32) NOT NULL,
        [scope_key] nvarchar(64) NOT NULL,
        [party_term_id] uniqueidentifier NULL,
        [scope_from] date NOT NULL,
        [scope_to] date NOT NULL,
        [last_number] int NOT NULL,
        CONSTRAINT [pk_numbering_sequences] PRIMARY KEY ([id]),
        CONSTRAINT [fk_numbering_sequences_party_terms_party_term_id] FOREIGN KEY ([party_term_id]) REFERENCES [party_terms] ([id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [work_tasks] (
        [id] uniqueidentifier NOT NULL,
        [plan_id] uniqueidentifier NULL,
        [parent_task_id] uniqueidentifier NULL,
        [code] nvarchar(64) NOT NULL,
        [title_vi] nvarchar(1024) NOT NULL,
        [title_en] nvarchar(1024) NULL,
        [source_clause] nvarchar(256) NULL,
        [field] nvarchar(32) NOT NULL,
        [assigner_org_unit_id] uniqueidentifier NOT NULL,
        [lead_org_unit_id] uniqueidentifier NOT NULL,
        [support_org_unit_ids] nvarchar(max) NOT NULL,
        [owner_user_id] uniqueidentifier NULL,
        [kind] nvarchar(32) NOT NULL,
        [priority] nvarchar(32) NOT NULL,
        [start_on] date NULL,
        [due_on] date NULL,
        [expected_output] nvarchar(4000) NULL,
        [status] nvarchar(32) NOT NULL,
        [status_before_suspension] nvarchar(32) NULL,
        [progress_percent] int NOT NULL,
        [assigned_at] datetimeoffset NULL,
        [submitted_at] datetimeoffset NULL,
        [submitted_by_user_id] uniqueidentifier NULL,
        [completed_at] datetimeoffset NULL,
        [approved_by_user_id] uniqueidentifier NULL,
        [exceeded_requirements] bit NOT NULL,
        [last_decision_comment] nvarchar(4000) NULL,
        [return_count] int NOT NULL,
        [extension_count] int NOT NULL,
        [status_reason] nvarchar(4000) NULL,
        [classification] nvarchar(32) NOT NULL,
        [is_deleted] bit NOT NULL,
        [deleted_at] datetimeoffset NULL,
        [deleted_by_user_id] uniqueidentifier NULL,
        CONSTRAINT [pk_work_tasks] PRIMARY KEY ([id]),
        CONSTRAINT [fk_work_tasks_plans_plan_id] FOREIGN KEY ([plan_id]) REFERENCES [plans] ([id]) ON DELETE NO ACTION,
        CONSTRAINT [fk_work_tasks_work_tasks_parent_task_id] FOREIGN KEY ([parent_task_id]) REFERENCES [work_tasks] ([id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [report_submissions] (
        [id] uniqueidentifier NOT NULL,
        [obligation_id] uniqueidentifier NOT NULL,
        [submitter_org_unit_id] uniqueidentifier NOT NULL,
        [document_id] uniqueidentifier NULL,
        [due_on] date NOT NULL,
        [first_submitted_at] datetimeoffset NOT NULL,
        [submitted_at] datetimeoffset NOT NULL,
        [submitted_by_user_id] uniqueidentifier NOT NULL,
        [is_late] bit NOT NULL,
        [status] nvarchar(32) NOT NULL,
        [review_notes] nvarchar(4000) NULL,
        [reviewed_by_user_id] uniqueidentifier NULL,
        [reviewed_at] datetimeoffset NULL,
        [return_count] int NOT NULL,
        [workflow_event_key] nvarchar(256) NULL,
        [workflow_instance_id] nvarchar(128) NULL,
        CONSTRAINT [pk_report_submissions] PRIMARY KEY ([id]),
        CONSTRAINT [fk_report_submissions_reporting_obligations_obligation_id] FOREIGN KEY ([obligation_id]) REFERENCES [reporting_obligations] ([id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [remediation_actions] (
        [id] uniqueidentifier NOT NULL,
        [inspection_id] uniqueidentifier NOT NULL,
        [finding_id] uniqueidentifier NOT NULL,
        [responsible_org_unit_id] uniqueidentifier NOT NULL,
        [action] nvarchar(4000) NOT NULL,
        [due_on] date NOT NULL,
        [status] nvarchar(32) NOT NULL,
        [reported_at] datetimeoffset NULL,
        [reported_by_user_id] uniqueidentifier NULL,
        [evidence_document_id] uniqueidentifier NULL,
        [verified_by_user_id] uniqueidentifier NULL,
        [verified_at] datetimeoffset NULL,
        [last_rejection_comment] nvarchar(4000) NULL,
        CONSTRAINT [pk_remediation_actions] PRIMARY KEY ([id]),
        CONSTRAINT [fk_remediation_actions_inspection_findings_finding_id] FOREIGN KEY ([finding_id]) REFERENCES [inspection_findings] ([id]) ON DELETE NO ACTION,
        CONSTRAINT [fk_remediation_actions_inspections_inspection_id] FOREIGN KEY ([inspection_id]) REFERENCES [inspections] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [extension_requests] (
        [id] uniqueidentifier NOT NULL,
        [task_id] uniqueidentifier NOT NULL,
        [current_due] date NOT NULL,
        [requested_due] date NOT NULL,
        [reason] nvarchar(4000) NOT NULL,
        [requested_by_user_id] uniqueidentifier NOT NULL,
        [requested_at] datetimeoffset NOT NULL,
        [status] nvarchar(32) NOT NULL,
        [decided_by_user_id] uniqueidentifier NULL,
        [decided_at] datetimeoffset NULL,
        [decision_comment] nvarchar(4000) NULL,
        CONSTRAINT [pk_extension_requests] PRIMARY KEY ([id]),
        CONSTRAINT [fk_extension_requests_work_tasks_task_id] FOREIGN KEY ([task_id]) REFERENCES [work_tasks] ([id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE TABLE [progress_updates] (
        [id] uniqueidentifier NOT NULL,
        [task_id] uniqueidentifier NOT NULL,
        [as_of] datetimeoffset NOT NULL,
        [percent] int NOT NULL,
        [narrative] nvarchar(4000) NOT NULL,
        [obstacles] nvarchar(4000) NULL,
        [proposals] nvarchar(4000) NULL,
        [by_user_id] uniqueidentifier NOT NULL,
        CONSTRAINT [pk_progress_updates] PRIMARY KEY ([id]),
        CONSTRAINT [fk_progress_updates_work_tasks_task_id] FOREIGN KEY ([task_id]) REFERENCES [work_tasks] ([id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_coordination_programmes_party_org_unit_id_state_org_unit_id_status] ON [coordination_programmes] ([party_org_unit_id], [state_org_unit_id], [status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_documents_doc_type_issued_on] ON [documents] ([doc_type], [issued_on]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_documents_is_deleted] ON [documents] ([is_deleted]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_documents_status] ON [documents] ([status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_documents_symbol] ON [documents] ([symbol]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_escalations_resolved_at] ON [escalations] ([resolved_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_escalations_target_id_rule_key] ON [escalations] ([target_id], [rule_key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_evaluations_status] ON [evaluations] ([status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_evaluations_subject_type_subject_id_period_period_key] ON [evaluations] ([subject_type], [subject_id], [period], [period_key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [ix_evaluations_workflow_instance_id_workflow_event_key] ON [evaluations] ([workflow_instance_id], [workflow_event_key]) WHERE [workflow_instance_id] IS NOT NULL AND [workflow_event_key] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_explanation_requests_addressee_org_unit_id_status] ON [explanation_requests] ([addressee_org_unit_id], [status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_explanation_requests_target_id] ON [explanation_requests] ([target_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_extension_requests_task_id_status] ON [extension_requests] ([task_id], [status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_hot_issues_programme_id] ON [hot_issues] ([programme_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_hot_issues_status_info_due_at] ON [hot_issues] ([status], [info_due_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_inspection_findings_inspection_id] ON [inspection_findings] ([inspection_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_inspection_findings_target_org_unit_id_type] ON [inspection_findings] ([target_org_unit_id], [type]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_inspections_converted_from_id] ON [inspections] ([converted_from_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_inspections_is_deleted] ON [inspections] ([is_deleted]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_inspections_status] ON [inspections] ([status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [ix_inspections_workflow_instance_id_workflow_event_key] ON [inspections] ([workflow_instance_id], [workflow_event_key]) WHERE [workflow_instance_id] IS NOT NULL AND [workflow_event_key] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_milestones_owner_type_owner_id] ON [milestones] ([owner_type], [owner_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_milestones_status_due_on] ON [milestones] ([status], [due_on]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE UNIQUE INDEX [ix_numbering_sequences_issuer_org_unit_id_doc_type_scope_key] ON [numbering_sequences] ([issuer_org_unit_id], [doc_type], [scope_key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_numbering_sequences_party_term_id] ON [numbering_sequences] ([party_term_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE UNIQUE INDEX [ix_party_terms_org_unit_id_name] ON [party_terms] ([org_unit_id], [name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_plans_is_deleted] ON [plans] ([is_deleted]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_plans_owner_org_unit_id_year] ON [plans] ([owner_org_unit_id], [year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_progress_updates_task_id_as_of] ON [progress_updates] ([task_id], [as_of]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_remediation_actions_finding_id] ON [remediation_actions] ([finding_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_remediation_actions_inspection_id] ON [remediation_actions] ([inspection_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_remediation_actions_responsible_org_unit_id_status_due_on] ON [remediation_actions] ([responsible_org_unit_id], [status], [due_on]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE UNIQUE INDEX [ix_report_submissions_obligation_id_submitter_org_unit_id] ON [report_submissions] ([obligation_id], [submitter_org_unit_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_report_submissions_submitter_org_unit_id_status] ON [report_submissions] ([submitter_org_unit_id], [status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [ix_report_submissions_workflow_instance_id_workflow_event_key] ON [report_submissions] ([workflow_instance_id], [workflow_event_key]) WHERE [workflow_instance_id] IS NOT NULL AND [workflow_event_key] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_reporting_obligations_recipient_org_unit_id_due_on] ON [reporting_obligations] ([recipient_org_unit_id], [due_on]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [ix_reporting_obligations_workflow_instance_id_workflow_event_key] ON [reporting_obligations] ([workflow_instance_id], [workflow_event_key]) WHERE [workflow_instance_id] IS NOT NULL AND [workflow_event_key] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_urge_notices_document_id] ON [urge_notices] ([document_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_urge_notices_issued_at] ON [urge_notices] ([issued_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_urge_notices_previous_notice_id] ON [urge_notices] ([previous_notice_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [ix_urge_notices_workflow_instance_id_workflow_event_key] ON [urge_notices] ([workflow_instance_id], [workflow_event_key]) WHERE [workflow_instance_id] IS NOT NULL AND [workflow_event_key] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_work_tasks_assigner_org_unit_id_status] ON [work_tasks] ([assigner_org_unit_id], [status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_work_tasks_is_deleted] ON [work_tasks] ([is_deleted]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_work_tasks_lead_org_unit_id_status_due_on] ON [work_tasks] ([lead_org_unit_id], [status], [due_on]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_work_tasks_parent_task_id] ON [work_tasks] ([parent_task_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    CREATE INDEX [ix_work_tasks_plan_id] ON [work_tasks] ([plan_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125183556_DomainAggregates'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261125183556_DomainAggregates', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125202500_InboxIndexes'
)
BEGIN
    DROP INDEX [ix_tasks_assignee_unit_id_status_due_on] ON [tasks];
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125202500_InboxIndexes'
)
BEGIN
    DROP INDEX [ix_tasks_assignee_user_status] ON [tasks];
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125202500_InboxIndexes'
)
BEGIN
    DROP INDEX [ix_tasks_status_due_on] ON [tasks];
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125202500_InboxIndexes'
)
BEGIN
    DROP INDEX [ix_tasks_unit_id_status] ON [tasks];
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125202500_InboxIndexes'
)
BEGIN
    CREATE INDEX [ix_tasks_inbox_all] ON [tasks] ([status], [due_on], [completed_late], [id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125202500_InboxIndexes'
)
BEGIN
    CREATE INDEX [ix_tasks_inbox_assignee_unit] ON [tasks] ([assignee_unit_id], [assignee_user], [status], [due_on], [completed_late], [assignee_role], [id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125202500_InboxIndexes'
)
BEGIN
    CREATE INDEX [ix_tasks_inbox_person] ON [tasks] ([assignee_user], [status], [due_on], [completed_late], [id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125202500_InboxIndexes'
)
BEGIN
    CREATE INDEX [ix_tasks_inbox_unit] ON [tasks] ([unit_id], [status], [due_on], [completed_late], [assignee_unit_id], [id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125202500_InboxIndexes'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261125202500_InboxIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125214712_DefinitionAuthors'
)
BEGIN
    ALTER TABLE [workflow_definitions] ADD [created_by] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125214712_DefinitionAuthors'
)
BEGIN
    ALTER TABLE [workflow_definitions] ADD [published_by] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125214712_DefinitionAuthors'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261125214712_DefinitionAuthors', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125215031_AdminAudit'
)
BEGIN
    CREATE TABLE [admin_audit] (
        [id] nvarchar(128) NOT NULL,
        [at] datetimeoffset NOT NULL,
        [actor] nvarchar(256) NOT NULL,
        [action] nvarchar(64) NOT NULL,
        [details] nvarchar(max) NOT NULL,
        [outcome] nvarchar(16) NOT NULL,
        [reason] nvarchar(1024) NULL,
        CONSTRAINT [pk_admin_audit] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125215031_AdminAudit'
)
BEGIN
    CREATE INDEX [ix_admin_audit_actor_at] ON [admin_audit] ([actor], [at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125215031_AdminAudit'
)
BEGIN
    CREATE INDEX [ix_admin_audit_at] ON [admin_audit] ([at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125215031_AdminAudit'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261125215031_AdminAudit', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125223056_UserSecurityStamp'
)
BEGIN
    ALTER TABLE [users] ADD [security_stamp] nvarchar(32) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125223056_UserSecurityStamp'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261125223056_UserSecurityStamp', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125224935_JournalAppendOnly'
)
BEGIN
    EXEC(N'CREATE TRIGGER workflow_journal_append_only ON workflow_journal INSTEAD OF UPDATE, DELETE AS
    BEGIN
        SET NOCOUNT ON;
        THROW 51000, ''workflow_journal is append-only'', 1;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125224935_JournalAppendOnly'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261125224935_JournalAppendOnly', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125231742_TotpEnrolment'
)
BEGIN
    ALTER TABLE [users] ADD [totp_pending_secret] nvarchar(128) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125231742_TotpEnrolment'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261125231742_TotpEnrolment', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125232229_TotpLastStep'
)
BEGIN
    ALTER TABLE [users] ADD [totp_last_step] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125232229_TotpLastStep'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261125232229_TotpLastStep', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125232746_DocumentSearchText'
)
BEGIN
    ALTER TABLE [documents] ADD [search_text] nvarchar(2114) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261125232746_DocumentSearchText'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261125232746_DocumentSearchText', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126004343_InboxIndexOrder'
)
BEGIN
    DROP INDEX [ix_tasks_inbox_all] ON [tasks];
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126004343_InboxIndexOrder'
)
BEGIN
    DROP INDEX [ix_tasks_inbox_assignee_unit] ON [tasks];
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126004343_InboxIndexOrder'
)
BEGIN
    DROP INDEX [ix_tasks_inbox_person] ON [tasks];
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126004343_InboxIndexOrder'
)
BEGIN
    DROP INDEX [ix_tasks_inbox_unit] ON [tasks];
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126004343_InboxIndexOrder'
)
BEGIN
    CREATE INDEX [ix_tasks_inbox_all] ON [tasks] ([status], [due_on], [id], [completed_late]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126004343_InboxIndexOrder'
)
BEGIN
    CREATE INDEX [ix_tasks_inbox_assignee_unit] ON [tasks] ([assignee_unit_id], [assignee_user], [status], [due_on], [id], [completed_late], [assignee_role]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126004343_InboxIndexOrder'
)
BEGIN
    CREATE INDEX [ix_tasks_inbox_person] ON [tasks] ([assignee_user], [status], [due_on], [id], [completed_late]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126004343_InboxIndexOrder'
)
BEGIN
    CREATE INDEX [ix_tasks_inbox_unit] ON [tasks] ([unit_id], [status], [due_on], [id], [completed_late], [assignee_unit_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126004343_InboxIndexOrder'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261126004343_InboxIndexOrder', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126025933_PlansAndWorkTasksFromWorkflows'
)
BEGIN
    ALTER TABLE [work_tasks] ADD [workflow_event_key] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126025933_PlansAndWorkTasksFromWorkflows'
)
BEGIN
    ALTER TABLE [work_tasks] ADD [workflow_instance_id] nvarchar(128) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126025933_PlansAndWorkTasksFromWorkflows'
)
BEGIN
    ALTER TABLE [plans] ADD [workflow_event_key] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126025933_PlansAndWorkTasksFromWorkflows'
)
BEGIN
    ALTER TABLE [plans] ADD [workflow_instance_id] nvarchar(128) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126025933_PlansAndWorkTasksFromWorkflows'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [ix_work_tasks_workflow_instance_id_workflow_event_key] ON [work_tasks] ([workflow_instance_id], [workflow_event_key]) WHERE [workflow_instance_id] IS NOT NULL AND [workflow_event_key] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126025933_PlansAndWorkTasksFromWorkflows'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [ix_plans_workflow_instance_id_workflow_event_key] ON [plans] ([workflow_instance_id], [workflow_event_key]) WHERE [workflow_instance_id] IS NOT NULL AND [workflow_event_key] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126025933_PlansAndWorkTasksFromWorkflows'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261126025933_PlansAndWorkTasksFromWorkflows', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126035753_TaskTitleInEnglish'
)
BEGIN
    ALTER TABLE [tasks] ADD [title_en] nvarchar(1024) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126035753_TaskTitleInEnglish'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261126035753_TaskTitleInEnglish', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126041449_ReportTitleInEnglish'
)
BEGIN
    ALTER TABLE [reporting_obligations] ADD [title_en] nvarchar(1024) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126041449_ReportTitleInEnglish'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261126041449_ReportTitleInEnglish', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126042149_TaskSource'
)
BEGIN
    ALTER TABLE [tasks] ADD [source] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126042149_TaskSource'
)
BEGIN
    EXEC(N'UPDATE tasks SET source = LEFT(COALESCE(NULLIF(LTRIM(RTRIM(JSON_VALUE(spec, ''$.sourceDocument''))), N''''), NULLIF(LTRIM(RTRIM(JSON_VALUE(spec, ''$.data.guidance''))), N'''')), 256) WHERE ISJSON(spec) = 1;')
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126042149_TaskSource'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261126042149_TaskSource', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126062925_UrgeMessageInEnglish'
)
BEGIN
    ALTER TABLE [urge_notices] ADD [message_en] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126062925_UrgeMessageInEnglish'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261126062925_UrgeMessageInEnglish', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126143141_DefinitionNameEn'
)
BEGIN
    ALTER TABLE [workflow_definitions] ADD [name_en] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126143141_DefinitionNameEn'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261126143141_DefinitionNameEn', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126144818_DefinitionDescriptionEn'
)
BEGIN
    ALTER TABLE [workflow_definitions] ADD [description_en] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126144818_DefinitionDescriptionEn'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261126144818_DefinitionDescriptionEn', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126152152_UserEnabledAt'
)
BEGIN
    ALTER TABLE [users] ADD [enabled_at] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__ef_migrations_history]
    WHERE [MigrationId] = N'20261126152152_UserEnabledAt'
)
BEGIN
    INSERT INTO [__ef_migrations_history] ([MigrationId], [ProductVersion])
    VALUES (N'20261126152152_UserEnabledAt', N'10.0.15');
END;

COMMIT;
GO

