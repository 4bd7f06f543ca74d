# The reference server (server/, docs/server.md) in a container: the same compiled server and launcher
# as `npx aftercare-server`, with the production dependencies only. Not built by CI; build and run it with:
#   docker build -t aftercare-server .
#   docker run -p 8787:8787 -e DATABASE_URL=postgres://… -e AFTERCARE_ADMIN_KEYS=sha256:… \
#     -e AFTERCARE_POLICY=/policy/policy.json -v "$PWD/policy:/policy:ro" aftercare-server
# Without DATABASE_URL it keeps PGlite in /data (mount a volume there) and seeds the demo shop.
# `docker run --rm aftercare-server --help` lists every setting.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY server ./server
COPY src ./src
COPY scripts/build-server.mjs ./scripts/
COPY tsconfig.json ./
RUN node scripts/build-server.mjs

FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY bin ./bin
COPY --from=build /app/dist/server ./dist/server
ENV HOST=0.0.0.0 PORT=8787 DATA_DIR=/data NODE_ENV=production
RUN mkdir -p /data && chown node:node /data
VOLUME /data
EXPOSE 8787
USER node
ENTRYPOINT ["node", "bin/aftercare-server.mjs"]
