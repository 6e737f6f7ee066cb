using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Workflows.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InboxIndexOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tasks_inbox_all",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_inbox_assignee_unit",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_inbox_person",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_inbox_unit",
                table: "tasks");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_inbox_all",
                table: "tasks",
                columns: new[] { "status", "due_on", "id", "completed_late" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_inbox_assignee_unit",
                table: "tasks",
                columns: new[] { "assignee_unit_id", "assignee_user", "status", "due_on", "id", "completed_late", "assignee_role" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_inbox_person",
                table: "tasks",
                columns: new[] { "assignee_user", "status", "due_on", "id", "completed_late" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_inbox_unit",
                table: "tasks",
                columns: new[] { "unit_id", "status", "due_on", "id", "completed_late", "assignee_unit_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tasks_inbox_all",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_inbox_assignee_unit",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_inbox_person",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_inbox_unit",
                table: "tasks");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_inbox_all",
                table: "tasks",
                columns: new[] { "status", "due_on", "completed_late", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_inbox_assignee_unit",
                table: "tasks",
                columns: new[] { "assignee_unit_id", "assignee_user", "status", "due_on", "completed_late", "assignee_role", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_inbox_person",
                table: "tasks",
                columns: new[] { "assignee_user", "status", "due_on", "completed_late", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_inbox_unit",
                table: "tasks",
                columns: new[] { "unit_id", "status", "due_on", "completed_late", "assignee_unit_id", "id" });
        }
    }
}
