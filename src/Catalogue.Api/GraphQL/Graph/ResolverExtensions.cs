using Catalogue.Domain.Model;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>Short forms that keep the type declarations readable.</summary>
public static class ResolverExtensions
{
    public static CatalogueGraphContext Graph(this ResolveFieldContext c) =>
        c.Context as CatalogueGraphContext ?? throw new InvalidOperationException("The catalogue graph needs a CatalogueGraphContext.");

    public static T Parent<T>(this ResolveFieldContext c) => (T)c.Source!;

    public static string? Lang(this ResolveFieldContext c) => c.GetArgument<string>("lang");

    public const string LangDescription = "BCP 47 language tag (\"fr\", \"en\"); falls back to French, then English, then any language.";

    /// <summary>
    /// A bilingual text field: <c>name(lang: String): String</c>. Like <see cref="Get{T}"/>, it reads only the parent
    /// and its argument, so the executor resolves it without a context.
    /// </summary>
    public static FieldsBuilder Localized<T>(this FieldsBuilder t, string name, Func<T, LocalizedText?> text, string? description = null) =>
        t.Field(name, "String", f =>
        {
            f.Argument("lang", "String", LangDescription)
                .ResolveFromSource((source, arguments) => text((T)source!)?.Get(arguments.GetValueOrDefault("lang") as string));
            if (description is not null) f.Description(description);
        });

    /// <summary>A plain field read from the parent with a function (no reflection, no naming coupling).</summary>
    public static FieldsBuilder Get<T>(this FieldsBuilder t, string name, string type, Func<T, object?> read, string? description = null) =>
        t.Field(name, type, f =>
        {
            f.ResolveFromSource((source, _) => read((T)source!));
            if (description is not null) f.Description(description);
        });

    /// <summary>Reads an input object field (coerced inputs are dictionaries).</summary>
    public static object? In(this IReadOnlyDictionary<string, object?> input, string name) => input.GetValueOrDefault(name);

    public static IReadOnlyList<T> List<T>(object? value) =>
        value is System.Collections.IEnumerable e and not string ? e.Cast<T>().ToList() : [];
}
