using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Application.Common.Behaviours;

/// <summary>
/// Second in the pipeline: requests marked <see cref="IRequiresProPlan"/> need an active Pro store, except a Store API
/// request a dashboard member sends for the store of the route (the gate is the Store API's, not the store data's).
/// </summary>
public sealed class ProPlanBehaviour<TRequest, TResponse>(ICallerContext caller, IApplicationDbContext db, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is IRequiresProPlan)
        {
            bool isPro;
            if (request is IStoreRequest storeRequest)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var plan = await db.Stores.AsNoTracking()
                    .Where(s => s.Id == storeRequest.StoreId)
                    .Select(s => new { s.Plan, s.ProExpiresAt })
                    .FirstOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException("Store");
                isPro = Store.IsProActive(plan.Plan, plan.ProExpiresAt, now);
            }
            else if (caller.Kind == CallerKind.User)
            {
                // A Store API request sent by a member on the dashboard surface (/api/stores/{storeId}/...): the plan
                // gates the Store API only, so a free store's members still manage their store.
                isPro = true;
            }
            else
            {
                // Store API: the plan was read together with the key, in the authentication query.
                isPro = caller.Kind == CallerKind.ApiKey && caller.KeyStoreIsPro;
            }

            if (!isPro)
            {
                throw new ProPlanRequiredException();
            }
        }

        return await next();
    }
}
