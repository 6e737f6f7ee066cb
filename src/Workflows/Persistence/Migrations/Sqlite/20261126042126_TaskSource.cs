using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Workflows.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            // Tasks opened before the column existed: their source from the spec, as the projection now keeps it.
            migrationBuilder.Sql("UPDATE tasks SET source = substr(COALESCE(NULLIF(trim(json_extract(spec, '$.sourceDocument')), ''), NULLIF(trim(json_extract(spec, '$.data.guidance')), '')), 1, 256) WHERE json_valid(spec);");
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
