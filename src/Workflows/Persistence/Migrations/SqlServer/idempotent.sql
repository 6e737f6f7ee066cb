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

