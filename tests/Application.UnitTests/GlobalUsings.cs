global using FluxStore.Management.Application.Common.Models;
