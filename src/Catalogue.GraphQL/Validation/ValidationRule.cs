namespace Catalogue.GraphQL.Validation;

/// <summary>
/// A document validation rule (graphql-js <c>ValidationRule</c>): creates a visitor that reports errors through
/// the context. Rules are stateless; any per-document state lives in the visitor they create.
/// </summary>
public abstract class ValidationRule
{
    public abstract Language.AstVisitor CreateVisitor(ValidationContext context);

    public override string ToString() => GetType().Name;
}
