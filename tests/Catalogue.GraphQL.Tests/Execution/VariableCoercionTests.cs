using static Catalogue.GraphQL.Tests.Execution.TestSchema;

namespace Catalogue.GraphQL.Tests.Execution;

public class VariableCoercionTests
{
    private readonly Catalogue.GraphQL.Types.Schema _schema = Create();

    private async Task<string> SingleError(string query, string? variables)
    {
        var result = await Run(_schema, query, variables);
        Assert.False(result.HasData);
        return Assert.Single(result.Errors!).Message;
    }

    [Fact]
    public async Task Required_variable_must_be_provided()
    {
        Assert.Equal("Variable \"$v\" of required type \"[Int!]!\" was not provided.",
            await SingleError("query ($v: [Int!]!) { sum(values: $v) }", "{}"));
    }

    [Fact]
    public async Task Non_null_variable_must_not_be_null()
    {
        Assert.Equal("Variable \"$v\" of non-null type \"[Int!]!\" must not be null.",
            await SingleError("query ($v: [Int!]!) { sum(values: $v) }", """{"v": null}"""));
    }

    [Fact]
    public async Task Invalid_list_item_reports_path()
    {
        var message = await SingleError("query ($v: [Int!]!) { sum(values: $v) }", """{"v": [1, "x"]}""");
        Assert.StartsWith("Variable \"$v\" got invalid value \"x\" at \"v[1]\"; ", message);
        Assert.Contains("Int cannot represent non-integer value: \"x\"", message);
    }

    [Fact]
    public async Task Single_value_is_coerced_to_a_list_and_defaults_apply()
    {
        var result = await Run(_schema, "query ($v: [Int!]!, $t: String = \"dflt\") { sum(values: $v) echo(text: $t) }", """{"v": 5}""");
        Assert.Equal("""{"data":{"sum":5,"echo":"dflt"}}""", Json(result));
    }

    [Fact]
    public async Task Input_object_fields_are_checked()
    {
        var message = await SingleError("query ($f: BookFilter) { books(filter: $f) { id } }", """{"f": {"titleContain": "x"}}""");
        Assert.Equal("Variable \"$f\" got invalid value { titleContain: \"x\" }; Field \"titleContain\" is not defined by type \"BookFilter\". Did you mean \"titleContains\"?", message);

        var notObject = await SingleError("query ($f: BookFilter) { books(filter: $f) { id } }", """{"f": 3}""");
        Assert.Equal("Variable \"$f\" got invalid value 3; Expected type \"BookFilter\" to be an object.", notObject);
    }

    [Fact]
    public async Task One_of_requires_exactly_one_non_null_field()
    {
        var two = await SingleError("query ($s: BookSelector!) { book(by: $s) { id } }", """{"s": {"id": "b1", "title": "Notes"}}""");
        Assert.Equal("Variable \"$s\" got invalid value { id: \"b1\", title: \"Notes\" }; Exactly one key must be specified for OneOf type \"BookSelector\".", two);

        var nullField = await SingleError("query ($s: BookSelector!) { book(by: $s) { id } }", """{"s": {"id": null}}""");
        Assert.Equal("Variable \"$s\" got invalid value null at \"s.id\"; Field \"id\" must be non-null.", nullField);

        var ok = await Run(_schema, "query ($s: BookSelector!) { book(by: $s) { id } }", """{"s": {"title": "Engines"}}""");
        Assert.Equal("""{"data":{"book":{"id":"b3"}}}""", Json(ok));
    }

    [Fact]
    public async Task Input_object_literal_defaults_apply()
    {
        var result = await Run(_schema, "{ books(filter: {titleContains: \"o\"}) { id } }");
        Assert.Equal("""{"data":{"books":[{"id":"b1"},{"id":"b2"}]}}""", Json(result));
    }

    [Fact]
    public async Task Variable_errors_carry_bad_user_input_code()
    {
        var result = await Run(_schema, "query ($v: [Int!]!) { sum(values: $v) }", "{}");
        Assert.Equal("BAD_USER_INPUT", result.Errors![0].Extensions!["code"]);
    }
}
