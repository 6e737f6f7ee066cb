using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Supervision.Domain.Documents;
using Supervision.Domain.Organisation;

namespace Supervision.Workflows.Persistence.Domain;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        DomainMapping.Aggregate(builder, "documents");
        DomainMapping.SoftDeletable(builder);
        // The symbol as written ("31-HD/BTGTW"), so that it can be searched and read in SQL; parsing it back
        // re-checks its form.
        builder.Property(d => d.Symbol).HasConversion(new DocumentSymbolConverter()).HasMaxLength(DomainMapping.Code);
        builder.Property(d => d.SubjectVi).HasMaxLength(DomainMapping.Title);
        builder.Property(d => d.SubjectEn).HasMaxLength(DomainMapping.Title);
        builder.Property(d => d.ReviewComment).HasMaxLength(DomainMapping.Text);
        DomainMapping.IdList(builder, d => d.IssuerOrgUnitIds, "_issuerOrgUnitIds");
        DomainMapping.FieldList(builder, d => d.Fields, "_fields");
        // The subjects and symbol folded (lower case, no diacritics): "ke hoach" finds "Kế hoạch". Kept by the context on save.
        builder.Property<string?>(DocumentSearch.Column).HasMaxLength(2 * DomainMapping.Title + DomainMapping.Code + 2);
        builder.HasIndex(d => d.Symbol);
        builder.HasIndex(d => new { d.DocType, d.IssuedOn });
        builder.HasIndex(d => d.Status);
    }

    private sealed class DocumentSymbolConverter() : ValueConverter<DocumentSymbol?, string?>(
        symbol => symbol == null ? null : symbol.ToString(),
        text => text == null ? null : DocumentSymbol.Parse(text));
}

internal sealed class NumberingSequenceConfiguration : IEntityTypeConfiguration<NumberingSequence>
{
    public void Configure(EntityTypeBuilder<NumberingSequence> builder)
    {
        DomainMapping.Aggregate(builder, "numbering_sequences");
        builder.Property(s => s.ScopeKey).HasMaxLength(DomainMapping.Code);
        // The last number is its own concurrency token: taking a number updates the row only where it still holds
        // the value that was read, so two clerks who read 41 cannot both issue 42; the second save fails and retries.
        builder.Property(s => s.LastNumber).IsConcurrencyToken();
        builder.HasIndex(s => new { s.IssuerOrgUnitId, s.DocType, s.ScopeKey }).IsUnique();
        builder.HasOne<PartyTerm>().WithMany().HasForeignKey(s => s.PartyTermId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PartyTermConfiguration : IEntityTypeConfiguration<PartyTerm>
{
    public void Configure(EntityTypeBuilder<PartyTerm> builder)
    {
        DomainMapping.Aggregate(builder, "party_terms");
        builder.Property(t => t.Name).HasMaxLength(DomainMapping.Code);
        builder.HasIndex(t => new { t.OrgUnitId, t.Name }).IsUnique();
    }
}
