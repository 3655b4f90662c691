# Production image: the app only. PostgreSQL and Meilisearch are official images (docker-compose.yml)
# or managed services, reached through DATABASE_URL and MEILI_URL.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web

FROM node:22-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
# Optional dependencies stay (sharp's native image library is one); the embedded Meilisearch
# binary, for development only, goes.
RUN npm ci --no-audit --no-fund && rm -rf node_modules/@gaubee && npm cache clean --force
# Uploaded images (STORAGE=local) live under DATA_DIR on a volume the app user can write.
ENV DATA_DIR=/data
RUN mkdir -p /data && chown node:node /data
COPY api ./api
COPY schema ./schema
COPY --from=build /app/web/dist ./web/dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:3000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node directly (not npm) so SIGTERM reaches the app and it shuts down cleanly.
CMD ["node", "--import", "tsx", "api/src/main.ts"]
