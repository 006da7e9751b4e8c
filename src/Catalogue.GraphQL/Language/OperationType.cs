namespace Catalogue.GraphQL.Language;

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
