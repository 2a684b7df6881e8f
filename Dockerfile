# Production image of Cohesion: the API serving the built dashboard. PostgreSQL runs as its own service.
FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false NG_CLI_ANALYTICS=false
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api web --outputStyle=static && node tools/runtime-package.mjs dist/api/package.json

# Node 22 LTS; the runtime installs only what the built API imports (the package.json Nx generates), never Angular,
# Nx or test tools: about 160 MB of node_modules where the whole workspace's production dependencies were far more.
FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 COHESION_DATA_DIR=/app/data
COPY --from=build /app/dist/api/package.json /app/dist/api/package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The audit trail's checkpoints live here, outside the database: keep the volume.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--enable-source-maps", "--max-old-space-size=192", "dist/api/main.js"]
