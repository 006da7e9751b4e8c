using System.Linq.Expressions;

namespace Catalogue.Api.GraphQL.Filtering;

/// <summary>Combines predicates written as C# lambdas into one expression tree the database provider can translate.</summary>
public static class ExpressionCombiner
{
    public static Expression<Func<T, bool>> True<T>() => _ => true;

    public static Expression<Func<T, bool>> And<T>(IEnumerable<Expression<Func<T, bool>>> parts) => Fold(parts, Expression.AndAlso, true);

    public static Expression<Func<T, bool>> Or<T>(IEnumerable<Expression<Func<T, bool>>> parts) => Fold(parts, Expression.OrElse, false);

    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> e) => Expression.Lambda<Func<T, bool>>(Expression.Not(e.Body), e.Parameters);

    private static Expression<Func<T, bool>> Fold<T>(IEnumerable<Expression<Func<T, bool>>> parts,
        Func<Expression, Expression, BinaryExpression> join, bool empty)
    {
        var list = parts.ToList();
        if (list.Count == 0) return _ => empty;
        var parameter = Expression.Parameter(typeof(T), "d");
        var body = list.Select(p => new Rebind(p.Parameters[0], parameter).Visit(p.Body)).Aggregate(join);
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    /// <summary>Points every lambda at one shared parameter.</summary>
    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
