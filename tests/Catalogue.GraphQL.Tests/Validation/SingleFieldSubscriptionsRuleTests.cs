using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class SingleFieldSubscriptionsRuleTests
{
    private static readonly SingleFieldSubscriptionsRule Rule = new();

    [Fact]
    public void OneFieldIsValid()
    {
        ExpectValid(Rule, "subscription ImportantEmails { importantEmails }");
        ExpectValid(Rule, "subscription sub { ...newMessageFields } fragment newMessageFields on SubscriptionRoot { importantEmails }");
    }

    [Fact]
    public void SkippedFieldsDoNotCount() =>
        ExpectValid(Rule, "subscription { importantEmails notImportantEmails @skip(if: true) }");

    [Fact]
    public void MoreThanOneField()
    {
        ExpectErrors(Rule, """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
              spamEmails
            }
            """,
            E("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3), (4, 3)));
    }

    [Fact]
    public void FieldsThroughFragmentsAndAnonymousSubscription()
    {
        ExpectErrors(Rule, """
            subscription {
              importantEmails
              ...Other
            }
            fragment Other on SubscriptionRoot {
              notImportantEmails
            }
            """,
            E("Anonymous Subscription must select only one top level field.", (6, 3)));
    }

    [Fact]
    public void IntrospectionFields()
    {
        ExpectErrors(Rule, """
            subscription ImportantEmails {
              __typename
            }
            """,
            E("Subscription \"ImportantEmails\" must not select an introspection top level field.", (2, 3)));
    }
}
