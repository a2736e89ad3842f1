namespace FluxStore.Management.Application.Common.Security;

/// <summary>The request needs the store to have an active Pro plan.</summary>
public interface IRequiresProPlan;
