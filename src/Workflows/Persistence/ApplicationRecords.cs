using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Workflows.Persistence;

/// <summary>A person who signs in. System roles are on the user; roles within units are assignments.</summary>
public sealed class UserRecord
{
    public string Id { get; set; } = "";
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Email { get; set; }
    public string PasswordHash { get; set; } = "";

    /// <summary>Comma-separated system roles: Admin, Designer, Supervisor, UnitOfficer, Viewer.</summary>
    public string Roles { get; set; } = "";

    /// <summary>The system roles, one by one.</summary>
    public IReadOnlyList<string> RoleList() => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The unit the user belongs to (scopes what an officer sees).</summary>
    public string? UnitId { get; set; }

    public string Locale { get; set; } = "vi-VN";
    public int FailedLogins { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset? LastLoginAt { get; set; }
    public bool IsDisabled { get; set; }
    public string? TotpSecret { get; set; }

    /// <summary>A secret offered by a set-up not confirmed yet with a code from the app (it replaces the secret on confirmation).</summary>
    public string? TotpPendingSecret { get; set; }

    /// <summary>The time step of the last one-time code accepted: a code is good once (an overheard code cannot sign in again).</summary>
    public long? TotpLastStep { get; set; }

    /// <summary>True while the password is the seeded demo one (the server refuses Production then).</summary>
    public bool HasDemoPassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PasswordChangedAt { get; set; }

    /// <summary>
    /// When an administrator last enabled the account (null: enabled since <see cref="CreatedAt"/>). An account unused for
    /// too long is disabled counting from its last sign-in, or from this when it has not signed in since.
    /// </summary>
    public DateTimeOffset? EnabledAt { get; set; }

    /// <summary>Since when the account counts as unused: its last sign-in or its last enabling, whichever came later.</summary>
    public DateTimeOffset UnusedSince()
    {
        var enabled = EnabledAt ?? CreatedAt;
        return LastLoginAt is { } last && last > enabled ? last : enabled;
    }

    /// <summary>
    /// Changes whenever the roles, the unit or the password change; a token carries the stamp it was issued with and is
    /// refused once the stamp differs. Null until the first such change.
    /// </summary>
    public string? SecurityStamp { get; set; }

    /// <summary>A fresh security stamp.</summary>
    public static string NewSecurityStamp() => Guid.NewGuid().ToString("N");
}

/// <summary>A role a user holds in a unit (Leader, SectionHead, Specialist, FocalPoint, Clerk, ...), for a period.</summary>
public sealed class RoleAssignmentRecord
{
    public string Id { get; set; } = "";
    public string UserId { get; set; } = "";
    public string UnitId { get; set; } = "";
    public string Role { get; set; } = "";
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? DelegatedFromUserId { get; set; }
}

/// <summary>An organisation unit: kept as data with effective dates, never hard-deleted.</summary>
public sealed class OrgUnitRecord
{
    public string Id { get; set; } = "";
    public string Code { get; set; } = "";
    public string NameVi { get; set; } = "";
    public string? NameEn { get; set; }
    public string Kind { get; set; } = "";
    public string Level { get; set; } = "Province";
    public string System { get; set; } = "Party";
    public string? ParentId { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? SupersededById { get; set; }
}

/// <summary>
/// A human task as people see it in their inbox: a projection of a human-task bookmark, written in the
/// same transaction as the burst that opened or closed it.
/// </summary>
public sealed class TaskRecord
{
    /// <summary>The bookmark id.</summary>
    public string Id { get; set; } = "";

    public string InstanceId { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";

    /// <summary>The title folded for accent-insensitive search (lower case, no diacritics, đ → d).</summary>
    public string SearchText { get; set; } = "";

    /// <summary>The title in English, when the definition gave one.</summary>
    public string? TitleEn { get; set; }

    /// <summary>
    /// The source document the task answers for the dashboard: the task's <c>sourceDocument</c>, else the guidance an
    /// assignment was issued under (<c>data.guidance</c>).
    /// </summary>
    public string? Source { get; set; }

    public string? Stage { get; set; }
    public string? AssigneeUser { get; set; }
    public string? AssigneeRole { get; set; }
    public string? AssigneeUnitId { get; set; }

    /// <summary>The unit whose work it is.</summary>
    public string? UnitId { get; set; }

    public string? PlanId { get; set; }
    public DateOnly? DueOn { get; set; }

    /// <summary>Open, Claimed, Completed, TimedOut, Cancelled or Returned.</summary>
    public string Status { get; set; } = TaskStatuses.Open;

    public string? ClaimedBy { get; set; }
    public string? Action { get; set; }
    public string? Comment { get; set; }
    public string? CompletedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Set on completion: whether it came after the end of the due day (drives done late vs on time).</summary>
    public bool? CompletedLate { get; set; }

    /// <summary>The highest escalation step reached (0 = none).</summary>
    public int EscalationLevel { get; set; }

    public bool FlaggedForCommittee { get; set; }
    public string? Classification { get; set; }

    /// <summary>The <c>HumanTaskSpec</c> as JSON.</summary>
    public string Spec { get; set; } = "";

    /// <summary>Optimistic concurrency: claim and complete change it.</summary>
    public long Revision { get; set; }
}

public static class TaskStatuses
{
    public const string Open = "Open";
    public const string Claimed = "Claimed";
    public const string Completed = "Completed";
    public const string TimedOut = "TimedOut";
    public const string Cancelled = "Cancelled";

    /// <summary>Handed in, then returned by the reviewer: the unit's reopened task carries the work on.</summary>
    public const string Returned = "Returned";
}

/// <summary>A message to send, written in the same transaction as the change that caused it.</summary>
public sealed class OutboxRecord
{
    public string Id { get; set; } = "";

    /// <summary>Idempotency key: the same message is never queued twice.</summary>
    public string Key { get; set; } = "";

    /// <summary>InApp, Email or Webhook.</summary>
    public string Channel { get; set; } = "";

    public string TemplateKey { get; set; } = "";
    public string? RecipientUser { get; set; }
    public string? RecipientAddress { get; set; }
    public string Locale { get; set; } = "vi-VN";
    public string Model { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

/// <summary>An in-app notification for one user.</summary>
public sealed class NotificationRecord
{
    public string Id { get; set; } = "";
    public string UserName { get; set; } = "";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Link { get; set; }
    public string? TaskId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>A day of the work calendar that differs from the weekly pattern.</summary>
public sealed class CalendarDayRecord
{
    public DateOnly Date { get; set; }
    public string Type { get; set; } = "";
    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Status { get; set; } = "";
    public string? Source { get; set; }
}

/// <summary>An inbox filter saved by a user, optionally shared within their unit.</summary>
public sealed class SavedFilterRecord
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string OwnerUser { get; set; } = "";
    public string? UnitId { get; set; }
    public bool SharedWithUnit { get; set; }
    public string Query { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>An administrative change (users, roles, units, the work calendar), or a refused attempt at one.</summary>
public sealed class AdminAuditRecord
{
    public string Id { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";

    /// <summary>The command, e.g. <c>SetUserEnabled</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>The command's fields as JSON, passwords and secrets left out.</summary>
    public string Details { get; set; } = "{}";

    /// <summary><c>Done</c> or <c>Refused</c>.</summary>
    public string Outcome { get; set; } = "";

    /// <summary>Why it was refused.</summary>
    public string? Reason { get; set; }
}

/// <summary>Review before publish: a designer submits a version, a supervisor approves it or asks for changes.</summary>
public sealed class DefinitionReviewRecord
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }

    /// <summary>InReview, ChangesRequested or Approved.</summary>
    public string Status { get; set; } = "";

    public string SubmittedBy { get; set; } = "";
    public DateTimeOffset SubmittedAt { get; set; }
    public string? Comment { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionComment { get; set; }
}

internal sealed class UserRecordConfiguration : IEntityTypeConfiguration<UserRecord>
{
    public void Configure(EntityTypeBuilder<UserRecord> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).HasMaxLength(Lengths.Id);
        builder.Property(u => u.UserName).HasMaxLength(Lengths.Actor);
        builder.HasIndex(u => u.UserName).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(Lengths.Name);
        builder.Property(u => u.Email).HasMaxLength(Lengths.Name);
        builder.Property(u => u.PasswordHash).HasMaxLength(512);
        builder.Property(u => u.Roles).HasMaxLength(Lengths.Name);
        builder.Property(u => u.UnitId).HasMaxLength(Lengths.Id);
        builder.Property(u => u.Locale).HasMaxLength(16);
        builder.Property(u => u.TotpSecret).HasMaxLength(128);
        builder.Property(u => u.TotpPendingSecret).HasMaxLength(128);
        builder.Property(u => u.SecurityStamp).HasMaxLength(32);
    }
}

internal sealed class RoleAssignmentRecordConfiguration : IEntityTypeConfiguration<RoleAssignmentRecord>
{
    public void Configure(EntityTypeBuilder<RoleAssignmentRecord> builder)
    {
        builder.ToTable("role_assignments");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(Lengths.Id);
        builder.Property(r => r.UserId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.UnitId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Role).HasMaxLength(64);
        builder.Property(r => r.DelegatedFromUserId).HasMaxLength(Lengths.Id);
        builder.HasOne<UserRecord>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.UnitId, r.Role });
        builder.HasIndex(r => r.UserId);
    }
}

internal sealed class OrgUnitRecordConfiguration : IEntityTypeConfiguration<OrgUnitRecord>
{
    public void Configure(EntityTypeBuilder<OrgUnitRecord> builder)
    {
        builder.ToTable("org_units");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).HasMaxLength(Lengths.Id);
        builder.Property(u => u.Code).HasMaxLength(64);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.NameVi).HasMaxLength(Lengths.Name);
        builder.Property(u => u.NameEn).HasMaxLength(Lengths.Name);
        builder.Property(u => u.Kind).HasMaxLength(64);
        builder.Property(u => u.Level).HasMaxLength(32);
        builder.Property(u => u.System).HasMaxLength(32);
        builder.Property(u => u.ParentId).HasMaxLength(Lengths.Id);
        builder.Property(u => u.SupersededById).HasMaxLength(Lengths.Id);
        builder.HasIndex(u => u.ParentId);
    }
}

internal sealed class TaskRecordConfiguration : IEntityTypeConfiguration<TaskRecord>
{
    public void Configure(EntityTypeBuilder<TaskRecord> builder)
    {
        builder.ToTable("tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(Lengths.Id);
        builder.Property(t => t.InstanceId).HasMaxLength(Lengths.Id);
        builder.Property(t => t.DefinitionId).HasMaxLength(Lengths.Id);
        builder.Property(t => t.ActivityId).HasMaxLength(Lengths.Id);
        builder.Property(t => t.Kind).HasMaxLength(32);
        builder.Property(t => t.Title).HasMaxLength(1024);
        builder.Property(t => t.SearchText).HasMaxLength(1024);
        builder.Property(t => t.TitleEn).HasMaxLength(1024);
        builder.Property(t => t.Source).HasMaxLength(Lengths.Name);
        builder.Property(t => t.Stage).HasMaxLength(64);
        builder.Property(t => t.AssigneeUser).HasMaxLength(Lengths.Actor);
        builder.Property(t => t.AssigneeRole).HasMaxLength(64);
        builder.Property(t => t.AssigneeUnitId).HasMaxLength(Lengths.Id);
        builder.Property(t => t.UnitId).HasMaxLength(Lengths.Id);
        builder.Property(t => t.PlanId).HasMaxLength(Lengths.Name);
        builder.Property(t => t.Status).HasMaxLength(Lengths.Status);
        builder.Property(t => t.ClaimedBy).HasMaxLength(Lengths.Actor);
        builder.Property(t => t.Action).HasMaxLength(64);
        builder.Property(t => t.Comment).HasMaxLength(4000);
        builder.Property(t => t.CompletedBy).HasMaxLength(Lengths.Actor);
        builder.Property(t => t.Classification).HasMaxLength(32);
        builder.Property(t => t.Revision).IsConcurrencyToken();
        // The inbox reads who may see or act on a task as disjoint parts (by person, by assignee unit, by the task's
        // unit, or everything), each from one of these indexes. Each carries what the inbox counts and sorts by
        // (status, due date, lateness, id), so counting a unit's thousands of tasks never touches the table. Due date
        // then id come together, in the inbox's order, so a page of one status reads just its rows and stops.
        builder.HasIndex(t => new { t.Status, t.DueOn, t.Id, t.CompletedLate }).HasDatabaseName("ix_tasks_inbox_all");
        builder.HasIndex(t => new { t.AssigneeUser, t.Status, t.DueOn, t.Id, t.CompletedLate }).HasDatabaseName("ix_tasks_inbox_person");
        builder.HasIndex(t => new { t.AssigneeUnitId, t.AssigneeUser, t.Status, t.DueOn, t.Id, t.CompletedLate, t.AssigneeRole })
            .HasDatabaseName("ix_tasks_inbox_assignee_unit");
        builder.HasIndex(t => new { t.UnitId, t.Status, t.DueOn, t.Id, t.CompletedLate, t.AssigneeUnitId }).HasDatabaseName("ix_tasks_inbox_unit");
        builder.HasIndex(t => t.InstanceId);
        builder.HasIndex(t => t.PlanId);
    }
}

internal sealed class OutboxRecordConfiguration : IEntityTypeConfiguration<OutboxRecord>
{
    public void Configure(EntityTypeBuilder<OutboxRecord> builder)
    {
        builder.ToTable("notification_outbox");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasMaxLength(Lengths.Id);
        builder.Property(o => o.Key).HasMaxLength(Lengths.Name);
        builder.HasIndex(o => o.Key).IsUnique();
        builder.Property(o => o.Channel).HasMaxLength(16);
        builder.Property(o => o.TemplateKey).HasMaxLength(64);
        builder.Property(o => o.RecipientUser).HasMaxLength(Lengths.Actor);
        builder.Property(o => o.RecipientAddress).HasMaxLength(1024);
        builder.Property(o => o.Locale).HasMaxLength(16);
        builder.Property(o => o.LastError).HasMaxLength(2000);
        builder.HasIndex(o => new { o.SentAt, o.CreatedAt });
    }
}

internal sealed class NotificationRecordConfiguration : IEntityTypeConfiguration<NotificationRecord>
{
    public void Configure(EntityTypeBuilder<NotificationRecord> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasMaxLength(Lengths.Id);
        builder.Property(n => n.UserName).HasMaxLength(Lengths.Actor);
        builder.Property(n => n.Title).HasMaxLength(1024);
        builder.Property(n => n.Link).HasMaxLength(1024);
        builder.Property(n => n.TaskId).HasMaxLength(Lengths.Id);
        builder.HasIndex(n => new { n.UserName, n.ReadAt, n.CreatedAt });
    }
}

internal sealed class CalendarDayRecordConfiguration : IEntityTypeConfiguration<CalendarDayRecord>
{
    public void Configure(EntityTypeBuilder<CalendarDayRecord> builder)
    {
        builder.ToTable("calendar_days");
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Type).HasMaxLength(32);
        builder.Property(d => d.NameVi).HasMaxLength(Lengths.Name);
        builder.Property(d => d.NameEn).HasMaxLength(Lengths.Name);
        builder.Property(d => d.Status).HasMaxLength(16);
        builder.Property(d => d.Source).HasMaxLength(1024);
    }
}

internal sealed class AdminAuditRecordConfiguration : IEntityTypeConfiguration<AdminAuditRecord>
{
    public void Configure(EntityTypeBuilder<AdminAuditRecord> builder)
    {
        builder.ToTable("admin_audit");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(Lengths.Id);
        builder.Property(a => a.Actor).HasMaxLength(Lengths.Actor);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.Outcome).HasMaxLength(Lengths.Status);
        builder.Property(a => a.Reason).HasMaxLength(1024);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Actor, a.At });
    }
}

internal sealed class SavedFilterRecordConfiguration : IEntityTypeConfiguration<SavedFilterRecord>
{
    public void Configure(EntityTypeBuilder<SavedFilterRecord> builder)
    {
        builder.ToTable("saved_filters");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasMaxLength(Lengths.Id);
        builder.Property(f => f.Name).HasMaxLength(Lengths.Name);
        builder.Property(f => f.OwnerUser).HasMaxLength(Lengths.Actor);
        builder.Property(f => f.UnitId).HasMaxLength(Lengths.Id);
        builder.HasIndex(f => f.OwnerUser);
        builder.HasIndex(f => new { f.UnitId, f.SharedWithUnit });
    }
}

internal sealed class DefinitionReviewRecordConfiguration : IEntityTypeConfiguration<DefinitionReviewRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionReviewRecord> builder)
    {
        builder.ToTable("definition_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(Lengths.Id);
        builder.Property(r => r.DefinitionId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Status).HasMaxLength(32);
        builder.Property(r => r.SubmittedBy).HasMaxLength(Lengths.Actor);
        builder.Property(r => r.DecidedBy).HasMaxLength(Lengths.Actor);
        builder.Property(r => r.Comment).HasMaxLength(4000);
        builder.Property(r => r.DecisionComment).HasMaxLength(4000);
        builder.HasIndex(r => new { r.DefinitionId, r.Version });
        builder.HasIndex(r => r.Status);
    }
}
