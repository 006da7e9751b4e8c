using Catalogue.Api.Services;
using Catalogue.Domain.Model;
using Catalogue.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>A variable of the data dictionary found by the catalogue-wide dictionary search.</summary>
public sealed record VariableMatch(DatasetRecord Dataset, DataTable Table, Variable Variable);

/// <summary>
/// The root field <c>variables(name, codingSystem, first)</c>: the database finds the visible datasets that have
/// such a variable through their facet rows (variable names, coding systems), in id order; the matching variables
/// are then taken from those datasets' documents, table by table in document order, until there are enough.
/// </summary>
public static class VariableSearch
{
    /// <param name="pageSize">Reads and checks the <c>first</c> argument (after the name and coding system are checked).</param>
    public static async Task<object?> ResolveAsync(ResolveFieldContext c, Func<ResolveFieldContext, int> pageSize)
    {
        var name = c.GetArgument<string>("name") is { } n ? DatasetProjection.VariableName(n) : null;
        var codingSystem = c.GetArgument<string>("codingSystem");
        if (name is null && codingSystem is null) throw GraphErrors.BadInput("Give a name or a coding system.", "variables");
        var first = pageSize(c);
        var graph = c.Graph();
        var candidates = graph.Datasets.Filter(new DatasetQuery
        {
            VariableNames = name is null ? [] : [name],
            CodingSystems = codingSystem is null ? [] : [codingSystem],
        }, graph.Caller).OrderBy(d => d.Id);

        var matches = new List<VariableMatch>();
        // The facets say which datasets have a variable of that name or the coding system, but a coding system
        // may be the record's own rather than a variable's: a dataset can have no match, so read on until enough.
        var chunk = Math.Max(first, 1);
        for (var skip = 0; matches.Count < first; skip += chunk)
        {
            var documents = await graph.RunAsync(() => candidates.Skip(skip).Take(chunk).Select(d => d.Document).ToListAsync(c.CancellationToken));
            foreach (var record in documents.Select(RecordJson.Deserialize))
                matches.AddRange(Matches(record, name, codingSystem));
            if (documents.Count < chunk) break;
        }
        return matches.Take(first).ToList();
    }

    private static IEnumerable<VariableMatch> Matches(DatasetRecord record, string? name, string? codingSystem) =>
        from table in record.DataDictionary
        from variable in table.Variables
        where (name is null || DatasetProjection.VariableName(variable.Name) == name)
            && (codingSystem is null || variable.CodingSystem == codingSystem)
        select new VariableMatch(record, table, variable);
}
