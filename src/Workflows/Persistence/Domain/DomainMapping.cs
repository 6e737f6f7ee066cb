using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Common;

namespace Supervision.Workflows.Persistence.Domain;

/// <summary>Mapping rules shared by the domain aggregates' configurations.</summary>
internal static class DomainMapping
{
    public const int Code = 64;
    public const int Title = 1024;
    public const int Text = 4000;
    public const int EnumText = 32;

    /// <summary>The workflow run that produced a row (null for rows written by people through the API).</summary>
    public const string WorkflowInstanceId = ProjectedFromWorkflow.InstanceId;

    /// <summary>The event of that run the row stands for (a task id, an activity run), unique within the run.</summary>
    public const string WorkflowEventKey = ProjectedFromWorkflow.EventKey;

    /// <summary>
    /// Every aggregate: client-generated key, no domain events in the store, every enum (also nullable ones)
    /// as its name, so that rows read the same in SQL and survive reordering of enum members.
    /// </summary>
    public static void Aggregate<T>(EntityTypeBuilder<T> builder, string table)
        where T : Entity
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Ignore(e => e.DomainEvents);
        EnumsAsText(builder);
    }

    /// <summary>Soft delete (DESIGN §6): deleted rows drop out of queries unless <c>IgnoreQueryFilters</c> is used.</summary>
    public static void SoftDeletable<T>(EntityTypeBuilder<T> builder)
        where T : SoftDeletableEntity
    {
        builder.HasQueryFilter(e => !e.IsDeleted);
        builder.HasIndex(e => e.IsDeleted);
    }

    /// <summary>
    /// Rows written by the workflow projections carry the run and event they stand for; the unique index makes a
    /// projection that runs again for the same event fail instead of writing a second row.
    /// </summary>
    public static void ProjectedFromWorkflows<T>(EntityTypeBuilder<T> builder)
        where T : class
    {
        builder.Property<string?>(WorkflowInstanceId).HasMaxLength(Lengths.Id);
        builder.Property<string?>(WorkflowEventKey).HasMaxLength(Lengths.Name);
        builder.HasIndex(WorkflowInstanceId, WorkflowEventKey).IsUnique();
    }

    /// <summary>A read-only list kept in a private field, stored as one column (a JSON array; an array on PostgreSQL).</summary>
    public static void IdList<T>(EntityTypeBuilder<T> builder, Expression<Func<T, IReadOnlyList<Guid>>> property, string field)
        where T : class =>
        builder.PrimitiveCollection(property).HasField(field).UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();

    public static void FieldList<T>(EntityTypeBuilder<T> builder, Expression<Func<T, IReadOnlyList<Field>>> property, string field)
        where T : class =>
        builder.PrimitiveCollection(property).HasField(field).UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired()
            .ElementType(e => e.HasConversion<string>());

    public static void EnumsAsText<T>(EntityTypeBuilder<T> builder)
        where T : class
    {
        foreach (var property in builder.Metadata.GetDeclaredProperties().ToList())
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (type.IsEnum)
                builder.Property(property.Name).HasConversion<string>().HasMaxLength(EnumText);
        }
    }

    public static void EnumsAsText<TOwner, TOwned>(OwnedNavigationBuilder<TOwner, TOwned> builder)
        where TOwner : class
        where TOwned : class
    {
        foreach (var property in builder.OwnedEntityType.GetDeclaredProperties().ToList())
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (type.IsEnum)
                builder.Property(property.Name).HasConversion<string>().HasMaxLength(EnumText);
        }
    }
}
