using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Workflows.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TaskSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source",
                table: "tasks",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            // Tasks opened before the column existed: their source from the spec, as the projection now keeps it.
            // In EXEC: the batch that adds the column cannot name it until it runs.
            migrationBuilder.Sql("EXEC(N'UPDATE tasks SET source = LEFT(COALESCE(NULLIF(LTRIM(RTRIM(JSON_VALUE(spec, ''$.sourceDocument''))), N''''), NULLIF(LTRIM(RTRIM(JSON_VALUE(spec, ''$.data.guidance''))), N'''')), 256) WHERE ISJSON(spec) = 1;')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "source",
                table: "tasks");
        }
    }
}
