using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Workflows.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DomainAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "coordination_programmes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title_vi = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    party_org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    state_org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    legal_basis_document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    cadence = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    party_focal_point_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    state_focal_point_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    party_approved_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    party_approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    state_approved_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    state_approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    return_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_coordination_programmes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    system = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    doc_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    direction = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: true),
                    symbol = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    issuer_org_unit_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    signer_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: true),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    subject_vi = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    subject_en = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    fields = table.Column<string[]>(type: "text[]", nullable: false),
                    confidentiality = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    urgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    approved_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    review_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    superseded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_deleted = table.Column<bool>(type: "boolean", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleted_by_user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "escalations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    rule_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    to_role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_escalations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    period_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    has_discipline_case = table.Column<bool>(type: "boolean", nullable: false),
                    self_score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    reviewed_score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    final_score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    self_rating = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    proposed_rating = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    final_rating = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    self_assessed_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    self_assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reviewed_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    review_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    approved_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    workflow_event_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    workflow_instance_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    task_stats_assigned = table.Column<int>(type: "integer", nullable: false),
                    task_stats_done_late = table.Column<int>(type: "integer", nullable: false),
                    task_stats_done_on_time = table.Column<int>(type: "integer", nullable: false),
                    task_stats_exceeded = table.Column<int>(type: "integer", nullable: false),
                    task_stats_open_overdue = table.Column<int>(type: "integer", nullable: false),
                    criteria_scores = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "explanation_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    addressee_org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    requested_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    responded_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    responded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    review_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_explanation_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    topic_vi = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    topic_en = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    fields = table.Column<string[]>(type: "text[]", nullable: false),
                    level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    target_org_unit_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    review_period_from = table.Column<DateOnly>(type: "date", nullable: false),
                    review_period_to = table.Column<DateOnly>(type: "date", nullable: false),
                    max_duration_days = table.Column<int>(type: "integer", nullable: false),
                    duration_basis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    extension_days = table.Column<int>(type: "integer", nullable: false),
                    start_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    plan_document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    outline_document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    self_report_document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    classification = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    team_head_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    team_deputy_user_ids = table.Column<Guid[]>(type: "uuid[]", nullable: true),
                    team_member_user_ids = table.Column<Guid[]>(type: "uuid[]", nullable: true),
                    team_secretary_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    conclusion_document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    conclusion_issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    conclusion_finding_ids = table.Column<Guid[]>(type: "uuid[]", nullable: true),
                    conclusion_requirements = table.Column<string[]>(type: "text[]", nullable: true),
                    converted_from_id = table.Column<Guid>(type: "uuid", nullable: true),
                    converted_to_id = table.Column<Guid>(type: "uuid", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    workflow_event_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    workflow_instance_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    is_deleted = table.Column<bool>(type: "boolean", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleted_by_user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "milestones",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    requires_approval = table.Column<bool>(type: "boolean", nullable: false),
                    approver_role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    submitted_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    return_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_milestones", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "party_terms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    start = table.Column<DateOnly>(type: "date", nullable: false),
                    end = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_party_terms", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title_vi = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    title_en = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    owner_org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    year = table.Column<int>(type: "integer", nullable: true),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    source_document_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    activated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    is_deleted = table.Column<bool>(type: "boolean", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleted_by_user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_obligations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title_vi = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    source_document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    data_from = table.Column<DateOnly>(type: "date", nullable: false),
                    data_to = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recipient_org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    required_from_org_unit_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    outline_template_id = table.Column<Guid>(type: "uuid", nullable: true),
                    workflow_event_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    workflow_instance_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reporting_obligations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hot_issues",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: true),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    field = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    severity = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    classification = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    detected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    info_requested_from_org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sla_hours = table.Column<int>(type: "integer", nullable: false),
                    info_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    info_received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    orientation_issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    orientation_document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closing_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hot_issues", x => x.id);
                    table.ForeignKey(
                        name: "fk_hot_issues_coordination_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "coordination_programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "urge_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    target_task_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    addressee_org_unit_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    issued_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    previous_notice_id = table.Column<Guid>(type: "uuid", nullable: true),
                    workflow_event_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    workflow_instance_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_urge_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_urge_notices_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_urge_notices_urge_notices_previous_notice_id",
                        column: x => x.previous_notice_id,
                        principalTable: "urge_notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspection_findings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    target_org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    severity = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_findings", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspection_findings_inspections_inspection_id",
                        column: x => x.inspection_id,
                        principalTable: "inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "numbering_sequences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    issuer_org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    doc_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    system = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    scope = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    scope_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    party_term_id = table.Column<Guid>(type: "uuid", nullable: true),
                    scope_from = table.Column<DateOnly>(type: "date", nullable: false),
                    scope_to = table.Column<DateOnly>(type: "date", nullable: false),
                    last_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_numbering_sequences", x => x.id);
                    table.ForeignKey(
                        name: "fk_numbering_sequences_party_terms_party_term_id",
                        column: x => x.party_term_id,
                        principalTable: "party_terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: true),
                    parent_task_id = table.Column<Guid>(type: "uuid", nullable: true),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    title_vi = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    title_en = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    source_clause = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    field = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    assigner_org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lead_org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    support_org_unit_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    owner_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    priority = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    start_on = table.Column<DateOnly>(type: "date", nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    expected_output = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status_before_suspension = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    progress_percent = table.Column<int>(type: "integer", nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approved_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    exceeded_requirements = table.Column<bool>(type: "boolean", nullable: false),
                    last_decision_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    return_count = table.Column<int>(type: "integer", nullable: false),
                    extension_count = table.Column<int>(type: "integer", nullable: false),
                    status_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    classification = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    is_deleted = table.Column<bool>(type: "boolean", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleted_by_user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_tasks_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_work_tasks_work_tasks_parent_task_id",
                        column: x => x.parent_task_id,
                        principalTable: "work_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    obligation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submitter_org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    first_submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    is_late = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    review_notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    reviewed_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    return_count = table.Column<int>(type: "integer", nullable: false),
                    workflow_event_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    workflow_instance_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_submissions", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_submissions_reporting_obligations_obligation_id",
                        column: x => x.obligation_id,
                        principalTable: "reporting_obligations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "remediation_actions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    finding_id = table.Column<Guid>(type: "uuid", nullable: false),
                    responsible_org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reported_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    evidence_document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    verified_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_rejection_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_remediation_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_remediation_actions_inspection_findings_finding_id",
                        column: x => x.finding_id,
                        principalTable: "inspection_findings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_remediation_actions_inspections_inspection_id",
                        column: x => x.inspection_id,
                        principalTable: "inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "extension_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    current_due = table.Column<DateOnly>(type: "date", nullable: false),
                    requested_due = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    requested_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    decided_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_extension_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_extension_requests_work_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "work_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "progress_updates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    percent = table.Column<int>(type: "integer", nullable: false),
                    narrative = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    obstacles = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    proposals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    by_user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_progress_updates", x => x.id);
                    table.ForeignKey(
                        name: "fk_progress_updates_work_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "work_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_coordination_programmes_party_org_unit_id_state_org_unit_id~",
                table: "coordination_programmes",
                columns: new[] { "party_org_unit_id", "state_org_unit_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_doc_type_issued_on",
                table: "documents",
                columns: new[] { "doc_type", "issued_on" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_is_deleted",
                table: "documents",
                column: "is_deleted");

            migrationBuilder.CreateIndex(
                name: "ix_documents_status",
                table: "documents",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_documents_symbol",
                table: "documents",
                column: "symbol");

            migrationBuilder.CreateIndex(
                name: "ix_escalations_resolved_at",
                table: "escalations",
                column: "resolved_at");

            migrationBuilder.CreateIndex(
                name: "ix_escalations_target_id_rule_key",
                table: "escalations",
                columns: new[] { "target_id", "rule_key" });

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_status",
                table: "evaluations",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_subject_type_subject_id_period_period_key",
                table: "evaluations",
                columns: new[] { "subject_type", "subject_id", "period", "period_key" });

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_workflow_instance_id_workflow_event_key",
                table: "evaluations",
                columns: new[] { "workflow_instance_id", "workflow_event_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_explanation_requests_addressee_org_unit_id_status",
                table: "explanation_requests",
                columns: new[] { "addressee_org_unit_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_explanation_requests_target_id",
                table: "explanation_requests",
                column: "target_id");

            migrationBuilder.CreateIndex(
                name: "ix_extension_requests_task_id_status",
                table: "extension_requests",
                columns: new[] { "task_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_hot_issues_programme_id",
                table: "hot_issues",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_hot_issues_status_info_due_at",
                table: "hot_issues",
                columns: new[] { "status", "info_due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_findings_inspection_id",
                table: "inspection_findings",
                column: "inspection_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_findings_target_org_unit_id_type",
                table: "inspection_findings",
                columns: new[] { "target_org_unit_id", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_inspections_converted_from_id",
                table: "inspections",
                column: "converted_from_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspections_is_deleted",
                table: "inspections",
                column: "is_deleted");

            migrationBuilder.CreateIndex(
                name: "ix_inspections_status",
                table: "inspections",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_inspections_workflow_instance_id_workflow_event_key",
                table: "inspections",
                columns: new[] { "workflow_instance_id", "workflow_event_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_milestones_owner_type_owner_id",
                table: "milestones",
                columns: new[] { "owner_type", "owner_id" });

            migrationBuilder.CreateIndex(
                name: "ix_milestones_status_due_on",
                table: "milestones",
                columns: new[] { "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_numbering_sequences_issuer_org_unit_id_doc_type_scope_key",
                table: "numbering_sequences",
                columns: new[] { "issuer_org_unit_id", "doc_type", "scope_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_numbering_sequences_party_term_id",
                table: "numbering_sequences",
                column: "party_term_id");

            migrationBuilder.CreateIndex(
                name: "ix_party_terms_org_unit_id_name",
                table: "party_terms",
                columns: new[] { "org_unit_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plans_is_deleted",
                table: "plans",
                column: "is_deleted");

            migrationBuilder.CreateIndex(
                name: "ix_plans_owner_org_unit_id_year",
                table: "plans",
                columns: new[] { "owner_org_unit_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_progress_updates_task_id_as_of",
                table: "progress_updates",
                columns: new[] { "task_id", "as_of" });

            migrationBuilder.CreateIndex(
                name: "ix_remediation_actions_finding_id",
                table: "remediation_actions",
                column: "finding_id");

            migrationBuilder.CreateIndex(
                name: "ix_remediation_actions_inspection_id",
                table: "remediation_actions",
                column: "inspection_id");

            migrationBuilder.CreateIndex(
                name: "ix_remediation_actions_responsible_org_unit_id_status_due_on",
                table: "remediation_actions",
                columns: new[] { "responsible_org_unit_id", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_report_submissions_obligation_id_submitter_org_unit_id",
                table: "report_submissions",
                columns: new[] { "obligation_id", "submitter_org_unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_report_submissions_submitter_org_unit_id_status",
                table: "report_submissions",
                columns: new[] { "submitter_org_unit_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_report_submissions_workflow_instance_id_workflow_event_key",
                table: "report_submissions",
                columns: new[] { "workflow_instance_id", "workflow_event_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reporting_obligations_recipient_org_unit_id_due_on",
                table: "reporting_obligations",
                columns: new[] { "recipient_org_unit_id", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_reporting_obligations_workflow_instance_id_workflow_event_k~",
                table: "reporting_obligations",
                columns: new[] { "workflow_instance_id", "workflow_event_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_urge_notices_document_id",
                table: "urge_notices",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_urge_notices_issued_at",
                table: "urge_notices",
                column: "issued_at");

            migrationBuilder.CreateIndex(
                name: "ix_urge_notices_previous_notice_id",
                table: "urge_notices",
                column: "previous_notice_id");

            migrationBuilder.CreateIndex(
                name: "ix_urge_notices_workflow_instance_id_workflow_event_key",
                table: "urge_notices",
                columns: new[] { "workflow_instance_id", "workflow_event_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_work_tasks_assigner_org_unit_id_status",
                table: "work_tasks",
                columns: new[] { "assigner_org_unit_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_work_tasks_is_deleted",
                table: "work_tasks",
                column: "is_deleted");

            migrationBuilder.CreateIndex(
                name: "ix_work_tasks_lead_org_unit_id_status_due_on",
                table: "work_tasks",
                columns: new[] { "lead_org_unit_id", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_work_tasks_parent_task_id",
                table: "work_tasks",
                column: "parent_task_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_tasks_plan_id",
                table: "work_tasks",
                column: "plan_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "escalations");

            migrationBuilder.DropTable(
                name: "evaluations");

            migrationBuilder.DropTable(
                name: "explanation_requests");

            migrationBuilder.DropTable(
                name: "extension_requests");

            migrationBuilder.DropTable(
                name: "hot_issues");

            migrationBuilder.DropTable(
                name: "milestones");

            migrationBuilder.DropTable(
                name: "numbering_sequences");

            migrationBuilder.DropTable(
                name: "progress_updates");

            migrationBuilder.DropTable(
                name: "remediation_actions");

            migrationBuilder.DropTable(
                name: "report_submissions");

            migrationBuilder.DropTable(
                name: "urge_notices");

            migrationBuilder.DropTable(
                name: "coordination_programmes");

            migrationBuilder.DropTable(
                name: "party_terms");

            migrationBuilder.DropTable(
                name: "work_tasks");

            migrationBuilder.DropTable(
                name: "inspection_findings");

            migrationBuilder.DropTable(
                name: "reporting_obligations");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "plans");

            migrationBuilder.DropTable(
                name: "inspections");
        }
    }
}
