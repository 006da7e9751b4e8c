using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Services;
using Catalogue.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Input = System.Collections.Generic.IReadOnlyDictionary<string, object?>;
using Predicate = System.Linq.Expressions.Expression<System.Func<Catalogue.Api.Infrastructure.Entities.DatasetEntity, bool>>;

namespace Catalogue.Api.GraphQL.Filtering;

/// <summary>
/// Turns a coerced <c>DatasetWhere</c> into one LINQ predicate over <see cref="DatasetEntity"/>, which EF Core
/// translates to SQL: nothing is filtered in memory. Codes and keywords are matched on the facet rows,
/// variables on the dictionary rows; the number of records, kept only in the document, through the
/// provider's JSON function in a sub-query.
/// </summary>
public sealed class DatasetWhereTranslator(CatalogueDbContext db)
{
    public Predicate Translate(Input where)
    {
        var parts = new List<Predicate>();
        foreach (var (field, value) in where)
        {
            if (value is null) continue;
            parts.Add(field switch
            {
                "and" => ExpressionCombiner.And(Each(value).Select(Translate)),
                "or" => ExpressionCombiner.Or(Each(value).Select(Translate)),
                "not" => ExpressionCombiner.Not(ExpressionCombiner.Or(Each(value).Select(Translate))),
                "title" => Title((Input)value),
                "status" => EnumFilter((Input)value, v => (int)(RecordStatus)v!, StatusIs),
                "accessRights" => EnumFilter((Input)value, v => (int)(AccessLevel)v!, AccessIs),
                "theme" => Facet(DatasetProjection.Kinds.Theme, (Input)value),
                "healthCategory" => Facet(DatasetProjection.Kinds.HealthCategory, (Input)value),
                "healthTheme" => Facet(DatasetProjection.Kinds.HealthTheme, (Input)value),
                "licence" => Facet(DatasetProjection.Kinds.Licence, (Input)value),
                "format" => Facet(DatasetProjection.Kinds.Format, (Input)value),
                "keyword" => Facet(DatasetProjection.Kinds.Keyword, (Input)value, k => RecordDefaults.Fold(k).Trim()),
                "codingSystem" => Facet(DatasetProjection.Kinds.CodingSystem, (Input)value),
                "year" => Facet(DatasetProjection.Kinds.Year, (Input)value),
                "variable" => Facet(DatasetProjection.Kinds.Variable, (Input)value, DatasetProjection.VariableName),
                "publisher" => Publisher((Input)value),
                "issued" => Dates((Input)value, issued: true),
                "modified" => Dates((Input)value, issued: false),
                "qualityScore" => Quality((Input)value),
                "numberOfRecords" => NumberOfRecords((Input)value),
                _ => throw new InvalidOperationException($"DatasetWhere.{field} has no translation."),
            });
        }
        return ExpressionCombiner.And(parts);
    }

    /// <summary>True when a status condition appears anywhere: then withdrawn records are not left out by default.</summary>
    public static bool MentionsStatus(Input? where) => where is not null && where.Any(p => p.Value is not null && (p.Key == "status"
        || (p.Key is "and" or "or" or "not" && Each(p.Value).Any(MentionsStatus))));

    private static IEnumerable<Input> Each(object? list) => list is System.Collections.IEnumerable e ? e.Cast<Input>() : [];

    private static List<T> Values<T>(object? list, Func<object?, T> convert) =>
        list is System.Collections.IEnumerable e ? e.Cast<object?>().Select(convert).ToList() : [];

    private static Predicate Title(Input f)
    {
        static string Fold(object? v) => RecordDefaults.Fold((string)v!).Trim();
        var parts = new List<Predicate>();
        foreach (var (op, value) in f)
        {
            if (value is null) continue;
            switch (op)
            {
                case "eq": { var v = Fold(value); parts.Add(d => d.SortTitle == v); break; }
                case "neq": { var v = Fold(value); parts.Add(d => d.SortTitle != v); break; }
                case "in": { var v = Values(value, Fold); parts.Add(d => v.Contains(d.SortTitle)); break; }
                case "nin": { var v = Values(value, Fold); parts.Add(d => !v.Contains(d.SortTitle)); break; }
                case "contains": { var v = Fold(value); parts.Add(d => d.SortTitle.Contains(v)); break; }
                case "startsWith": { var v = Fold(value); parts.Add(d => d.SortTitle.StartsWith(v)); break; }
            }
        }
        return ExpressionCombiner.And(parts);
    }

    private static Predicate StatusIs(List<int> values) => d => values.Contains(d.Status);
    private static Predicate AccessIs(List<int> values) => d => values.Contains(d.AccessRights);

    private static Predicate EnumFilter(Input f, Func<object?, int> toInt, Func<List<int>, Predicate> isIn)
    {
        var parts = new List<Predicate>();
        foreach (var (op, value) in f)
        {
            if (value is null) continue;
            var list = op is "in" or "nin" ? Values(value, toInt) : [toInt(value)];
            parts.Add(op is "eq" or "in" ? isIn(list) : ExpressionCombiner.Not(isIn(list)));
        }
        return ExpressionCombiner.And(parts);
    }

    private Predicate Facet(string kind, Input f, Func<string, string>? normalise = null)
    {
        normalise ??= v => v;
        Predicate Has(List<string> values) => d => db.Facets.Any(x => x.DatasetKey == d.FacetKey && x.Kind == kind && values.Contains(x.Value));
        var parts = new List<Predicate>();
        foreach (var (op, value) in f)
        {
            if (value is null) continue;
            switch (op)
            {
                case "includes": parts.Add(Has([normalise((string)value)])); break;
                case "includesAny": parts.Add(Has(Values(value, v => normalise((string)v!)))); break;
                case "includesAll": parts.AddRange(Values(value, v => normalise((string)v!)).Select(v => Has([v]))); break;
                case "includesNone": parts.Add(ExpressionCombiner.Not(Has(Values(value, v => normalise((string)v!))))); break;
            }
        }
        return ExpressionCombiner.And(parts);
    }

    private static Predicate Publisher(Input f)
    {
        static Guid Id(object? v) => GlobalId.ParseId((string?)v, GlobalId.Organization)
            ?? throw GraphErrors.BadInput($"'{v}' is not an organisation id.", "where.publisher");
        var parts = new List<Predicate>();
        foreach (var (op, value) in f)
        {
            if (value is null) continue;
            var ids = op == "eq" ? [Id(value)] : Values(value, Id);
            parts.Add(op == "nin" ? d => !ids.Contains(d.OrganizationId) : d => ids.Contains(d.OrganizationId));
        }
        return ExpressionCombiner.And(parts);
    }

    private static Predicate Dates(Input f, bool issued)
    {
        var parts = new List<Predicate>();
        foreach (var (op, value) in f)
        {
            if (value is not DateTimeOffset at) continue;
            var v = at.UtcDateTime;
            parts.Add((op, issued) switch
            {
                ("gt", true) => d => d.IssuedAt > v,
                ("gte", true) => d => d.IssuedAt >= v,
                ("lt", true) => d => d.IssuedAt < v,
                ("lte", true) => d => d.IssuedAt <= v,
                ("gt", false) => d => d.ModifiedAt > v,
                ("gte", false) => d => d.ModifiedAt >= v,
                ("lt", false) => d => d.ModifiedAt < v,
                _ => d => d.ModifiedAt <= v,
            });
        }
        return ExpressionCombiner.And(parts);
    }

    private static Predicate Quality(Input f)
    {
        var parts = new List<Predicate>();
        foreach (var (op, value) in f)
        {
            if (value is null) continue;
            if (op is "in" or "nin")
            {
                var list = Values(value, v => (int)v!);
                parts.Add(op == "in" ? d => list.Contains(d.QualityScore) : d => !list.Contains(d.QualityScore));
                continue;
            }
            var n = (int)value;
            parts.Add(op switch
            {
                "eq" => d => d.QualityScore == n,
                "neq" => d => d.QualityScore != n,
                "gt" => d => d.QualityScore > n,
                "gte" => d => d.QualityScore >= n,
                "lt" => d => d.QualityScore < n,
                _ => d => d.QualityScore <= n,
            });
        }
        return ExpressionCombiner.And(parts);
    }

    /// <summary>
    /// numberOfRecords lives only in the JSON document: a sub-query over the provider's JSON function selects
    /// the matching rows' keys, and the predicate keeps rows whose key is among them — still one SQL statement.
    /// </summary>
    private Predicate NumberOfRecords(Input f)
    {
        var parts = new List<Predicate>();
        foreach (var (op, value) in f)
        {
            if (value is not long n) continue;
            var sqlOp = op switch { "eq" => "=", "neq" => "<>", "gt" => ">", "gte" => ">=", "lt" => "<", _ => "<=" };
            var extract = db.IsPostgres
                ? "CAST(\"Document\"::jsonb ->> 'numberOfRecords' AS bigint)"
                : "json_extract(\"Document\", '$.numberOfRecords')";
            var sql = FormattableStringFactory.Create(
                $"SELECT \"SearchKey\" AS \"Value\" FROM datasets WHERE {extract} IS NOT NULL AND {extract} {sqlOp} {{0}}", n);
            var keys = db.Database.SqlQuery<long>(sql);
            parts.Add(d => keys.Contains(d.SearchKey));
        }
        return ExpressionCombiner.And(parts);
    }
}
