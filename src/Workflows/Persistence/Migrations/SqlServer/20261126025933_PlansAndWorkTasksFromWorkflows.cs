using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Workflows.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PlansAndWorkTasksFromWorkflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "workflow_event_key",
                table: "work_tasks",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "workflow_instance_id",
                table: "work_tasks",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "workflow_event_key",
                table: "plans",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "workflow_instance_id",
                table: "plans",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_work_tasks_workflow_instance_id_workflow_event_key",
                table: "work_tasks",
                columns: new[] { "workflow_instance_id", "workflow_event_key" },
                unique: true,
                filter: "[workflow_instance_id] IS NOT NULL AND [workflow_event_key] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_plans_workflow_instance_id_workflow_event_key",
                table: "plans",
                columns: new[] { "workflow_instance_id", "workflow_event_key" },
                unique: true,
                filter: "[workflow_instance_id] IS NOT NULL AND [workflow_event_key] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_work_tasks_workflow_instance_id_workflow_event_key",
                table: "work_tasks");

            migrationBuilder.DropIndex(
                name: "ix_plans_workflow_instance_id_workflow_event_key",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "workflow_event_key",
                table: "work_tasks");

            migrationBuilder.DropColumn(
                name: "workflow_instance_id",
                table: "work_tasks");

            migrationBuilder.DropColumn(
                name: "workflow_event_key",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "workflow_instance_id",
                table: "plans");
        }
    }
}
