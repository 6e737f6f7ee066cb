using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Workflows.Persistence.Migrations.SqlServer
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
                type: "nvarchar(max)",
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
