using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (graphql-js validation/validate.ts): every rule's visitor
/// runs in one traversal, in parallel, wrapped with a TypeInfo. Stops after <c>maxErrors</c> errors.
/// </summary>
public static class DocumentValidator
{
    public const string ValidationAbortedMessage = "Validation aborted.";

    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    /// <summary>Returns the validation errors (empty when the document is valid). The schema must be valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IEnumerable<ValidationRule>? rules = null,
        int maxErrors = 100,
        bool hideSuggestions = false)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        schema.AssertValid();

        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var errorLimitReached = false;
        var context = new ValidationContext(schema, document, typeInfo, error =>
        {
            if (errors.Count >= maxErrors)
            {
                errors.Add(new GraphQLError(TooManyErrorsMessage));
                errorLimitReached = true;
                throw new ValidationAbortedException();
            }
            errors.Add(error);
        })
        { HideSuggestions = hideSuggestions };

        var visitors = (rules ?? SpecifiedRules.All).Select(rule => rule.CreateVisitor(context)).ToList();
        try
        {
            Visitor.Visit(document, new TypeInfoVisitor(typeInfo, new ParallelVisitor(visitors)));
        }
        catch (ValidationAbortedException)
        {
            // Error limit: the collected errors plus the limit notice are the result.
            // Fragment-work budget: graphql-js appends a plain "Validation aborted." error.
            if (!errorLimitReached) errors.Add(new GraphQLError(ValidationAbortedMessage));
        }
        return errors;
    }

}
