using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Workflows.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TaskSearchAndLateness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "completed_late",
                table: "tasks",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "tasks",
                type: "nvarchar(1024)",
                maxLength: 1024,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "completed_late",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "tasks");
        }
    }
}
