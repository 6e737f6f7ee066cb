using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Workflows.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DefinitionDescriptionEn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "description_en",
                table: "workflow_definitions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "description_en",
                table: "workflow_definitions");
        }
    }
}
