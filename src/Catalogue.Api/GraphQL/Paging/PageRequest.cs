using Catalogue.Api.GraphQL.Graph;
using Catalogue.GraphQL.Types;

namespace Catalogue.Api.GraphQL.Paging;

/// <summary>The Relay pagination arguments of one connection field, checked against the configured page size.</summary>
public sealed record PageRequest(int? First, int? Last, int? After, int? Before)
{
    public static PageRequest From(ResolveFieldContext c)
    {
        var options = c.Graph().Options;
        int? first = c.HasArgument("first") ? c.GetArgument<int?>("first") : null;
        int? last = c.HasArgument("last") ? c.GetArgument<int?>("last") : null;
        if (first is not null && last is not null) throw GraphErrors.BadInput("Pass first or last, not both.", "last");
        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value is < 0) throw GraphErrors.BadInput($"{name} cannot be negative.", name);
            if (value > options.MaxPageSize)
                throw GraphErrors.Coded(GraphErrors.BadUserInput, $"{name} is {value}, above the maximum page size of {options.MaxPageSize}.",
                    ("argument", name), ("maxPageSize", options.MaxPageSize));
        }
        if (first is null && last is null) first = options.DefaultPageSize;
        var after = c.GetArgument<string>("after") is { } a ? OffsetCursor.Decode(a, "after") : (int?)null;
        var before = c.GetArgument<string>("before") is { } b ? OffsetCursor.Decode(b, "before") : (int?)null;
        return new PageRequest(first, last, after, before);
    }
}
