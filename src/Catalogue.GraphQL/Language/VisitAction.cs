namespace Catalogue.GraphQL.Language;

/// <summary>What a visitor asks the traversal to do next (graphql-js: undefined / false / BREAK).</summary>
public enum VisitAction
{
    /// <summary>Go on normally.</summary>
    Continue,
    /// <summary>From Enter: do not visit this node's children and do not call Leave for it.</summary>
    Skip,
    /// <summary>Stop the whole traversal.</summary>
    Break,
}
