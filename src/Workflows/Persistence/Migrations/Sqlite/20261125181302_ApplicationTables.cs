using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Workflows.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApplicationTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "calendar_days",
                columns: table => new
                {
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name_vi = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_days", x => x.date);
                });

            migrationBuilder.CreateTable(
                name: "definition_reviews",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    definition_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decision_comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_definition_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notification_outbox",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    template_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    recipient_user = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    recipient_address = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    locale = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    model = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    claimed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    link = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    task_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    read_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "org_units",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name_vi = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    system = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    parent_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    superseded_by_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_units", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "saved_filters",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    owner_user = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    shared_with_unit = table.Column<bool>(type: "INTEGER", nullable: false),
                    query = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_saved_filters", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    instance_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    definition_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    assignee_user = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    assignee_role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    assignee_unit_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    unit_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    plan_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    completed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    escalation_level = table.Column<int>(type: "INTEGER", nullable: false),
                    flagged_for_committee = table.Column<bool>(type: "INTEGER", nullable: false),
                    classification = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    spec = table.Column<string>(type: "TEXT", nullable: false),
                    revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    password_hash = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    roles = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    locale = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    failed_logins = table.Column<int>(type: "INTEGER", nullable: false),
                    locked_until = table.Column<long>(type: "INTEGER", nullable: true),
                    last_login_at = table.Column<long>(type: "INTEGER", nullable: true),
                    is_disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    totp_secret = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    has_demo_password = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    password_changed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "role_assignments",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    delegated_from_user_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_assignments_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_definition_reviews_definition_id_version",
                table: "definition_reviews",
                columns: new[] { "definition_id", "version" });

            migrationBuilder.CreateIndex(
                name: "ix_definition_reviews_status",
                table: "definition_reviews",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_notification_outbox_key",
                table: "notification_outbox",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notification_outbox_sent_at_created_at",
                table: "notification_outbox",
                columns: new[] { "sent_at", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_name_read_at_created_at",
                table: "notifications",
                columns: new[] { "user_name", "read_at", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_org_units_code",
                table: "org_units",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_org_units_parent_id",
                table: "org_units",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_role_assignments_unit_id_role",
                table: "role_assignments",
                columns: new[] { "unit_id", "role" });

            migrationBuilder.CreateIndex(
                name: "ix_role_assignments_user_id",
                table: "role_assignments",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_saved_filters_owner_user",
                table: "saved_filters",
                column: "owner_user");

            migrationBuilder.CreateIndex(
                name: "ix_saved_filters_unit_id_shared_with_unit",
                table: "saved_filters",
                columns: new[] { "unit_id", "shared_with_unit" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_assignee_unit_id_status_due_on",
                table: "tasks",
                columns: new[] { "assignee_unit_id", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_assignee_user_status",
                table: "tasks",
                columns: new[] { "assignee_user", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_instance_id",
                table: "tasks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_plan_id",
                table: "tasks",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_status_due_on",
                table: "tasks",
                columns: new[] { "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_unit_id_status",
                table: "tasks",
                columns: new[] { "unit_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_users_user_name",
                table: "users",
                column: "user_name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_days");

            migrationBuilder.DropTable(
                name: "definition_reviews");

            migrationBuilder.DropTable(
                name: "notification_outbox");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "org_units");

            migrationBuilder.DropTable(
                name: "role_assignments");

            migrationBuilder.DropTable(
                name: "saved_filters");

            migrationBuilder.DropTable(
                name: "tasks");

            migrationBuilder.DropTable(
                name: "users");
        }
    }
}
