using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Workflows.Persistence.Migrations.PostgreSql
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
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            // Tasks opened before the column existed: their source from the spec, as the projection now keeps it.
            migrationBuilder.Sql("UPDATE tasks SET source = left(COALESCE(NULLIF(btrim(spec::jsonb ->> 'sourceDocument'), ''), NULLIF(btrim(spec::jsonb -> 'data' ->> 'guidance'), '')), 256) WHERE spec LIKE '{%';");
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
